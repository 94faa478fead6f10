package io.parley.tenant.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "users")
class UserEntity {

    @Id
    UUID id;
    UUID homeTenantId;
    String email;
    String displayName;
    String passwordHash;
    Instant createdAt;

    protected UserEntity() {
    }

    UserEntity(UUID homeTenantId, String email, String displayName, String passwordHash) {
        this.id = UUID.randomUUID();
        this.homeTenantId = homeTenantId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
    }
}
