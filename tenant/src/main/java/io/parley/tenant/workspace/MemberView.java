package io.parley.tenant.workspace;

import io.parley.tenant.Role;
import java.time.Instant;
import java.util.UUID;

public record MemberView(UUID userId, String email, String displayName, Role role, Instant createdAt) {
}
