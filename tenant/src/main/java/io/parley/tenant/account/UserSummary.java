package io.parley.tenant.account;

import java.util.UUID;

public record UserSummary(UUID id, UUID homeTenantId, String email, String displayName) {
}
