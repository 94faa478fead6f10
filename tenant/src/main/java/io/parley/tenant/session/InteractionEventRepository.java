package io.parley.tenant.session;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InteractionEventRepository extends JpaRepository<InteractionEventEntity, Long> {

    Page<InteractionEventEntity> findBySessionIdAndWorkspaceId(UUID sessionId, UUID workspaceId, Pageable pageable);
}
