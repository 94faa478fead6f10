package io.parley.tenant.apikey;

import java.util.UUID;

/** A publishable key presented from one of its allowed origins. */
public record PublishableGrant(UUID keyId, UUID workspaceId, String origin) {
}
