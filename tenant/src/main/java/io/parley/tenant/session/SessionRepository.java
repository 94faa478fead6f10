package io.parley.tenant.session;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SessionRepository extends JpaRepository<SessionEntity, UUID>, JpaSpecificationExecutor<SessionEntity> {

    Optional<SessionEntity> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    long countByWorkspaceIdAndOutcomeAndStartedAtAfter(UUID workspaceId, SessionOutcome outcome, Instant since);
}
