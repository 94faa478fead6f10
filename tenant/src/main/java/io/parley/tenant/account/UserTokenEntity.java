package io.parley.tenant.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "user_tokens")
class UserTokenEntity {

    @Id
    UUID id;
    UUID userId;
    String tokenHash;
    Instant createdAt;
    Instant expiresAt;
    Instant revokedAt;

    protected UserTokenEntity() {
    }

    UserTokenEntity(UUID userId, String tokenHash, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
