package io.parley.tenant.audit;

import java.time.Instant;
import java.util.UUID;

/** One change an admin made, as listed in the dashboard. {@code details} is a JSON object. */
public record AuditRecord(long id, UUID workspaceId, String actor, String action, String targetType,
                          String targetId, String details, Instant occurredAt) {
}
