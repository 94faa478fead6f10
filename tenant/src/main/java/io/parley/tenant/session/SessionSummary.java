package io.parley.tenant.session;

import java.time.Instant;
import java.util.UUID;

public record SessionSummary(UUID id, UUID workspaceId, UUID deploymentId, String transport, Instant startedAt,
                             Instant endedAt, SessionOutcome outcome, String endReason, int turns,
                             int interruptions, int errors) {
}
