package io.parley.tenant.agent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgentRepository extends JpaRepository<AgentEntity, UUID> {

    List<AgentEntity> findByWorkspaceIdOrderByCreatedAt(UUID workspaceId);

    Optional<AgentEntity> findByIdAndWorkspaceId(UUID id, UUID workspaceId);
}
