package io.parley.tenant.workspace;

import io.parley.tenant.Role;
import java.time.Instant;
import java.util.UUID;

/** A workspace as its members see it, with the caller's own role (null for a secret key). */
public record WorkspaceView(UUID id, UUID tenantId, String name, int concurrencyQuota, Role role,
                            Instant createdAt) {
}
