package io.parley.tenant.apikey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A key as listed: secret keys show only their prefix; publishable keys, being public, show in full.
 */
public record ApiKeyView(UUID id, UUID workspaceId, String name, ApiKeyKind kind, String displayPrefix,
                         String publishableKey, List<String> allowedOrigins, Instant createdAt,
                         Instant lastUsedAt, Instant revokedAt) {
}
