package io.parley.app.gateway;

import java.time.Instant;
import java.util.UUID;

/** What a session token grants: one session of one deployment, until {@code expiresAt}. */
public record SessionGrant(UUID sessionId, UUID workspaceId, UUID deploymentId, String origin, Instant expiresAt) {
}
