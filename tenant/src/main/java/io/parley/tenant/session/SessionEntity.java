package io.parley.tenant.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "sessions")
class SessionEntity {

    @Id
    UUID id;
    UUID workspaceId;
    UUID deploymentId;
    String transport;
    Instant startedAt;
    Instant endedAt;
    @Enumerated(EnumType.STRING)
    SessionOutcome outcome;
    String endReason;
    int turns;
    int interruptions;
    int errors;

    protected SessionEntity() {
    }

    SessionEntity(UUID id, UUID workspaceId, UUID deploymentId, String transport, Instant startedAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.deploymentId = deploymentId;
        this.transport = transport;
        this.startedAt = startedAt;
        this.outcome = SessionOutcome.ACTIVE;
    }
}
