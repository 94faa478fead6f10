package io.parley.tenant.apikey;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "api_keys")
class ApiKeyEntity {

    @Id
    UUID id;
    UUID workspaceId;
    String name;
    @Enumerated(EnumType.STRING)
    ApiKeyKind kind;
    String displayPrefix;
    String keyHash;
    String publishableKey;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] allowedOrigins;
    Instant createdAt;
    Instant lastUsedAt;
    Instant revokedAt;

    protected ApiKeyEntity() {
    }

    ApiKeyEntity(UUID workspaceId, String name, ApiKeyKind kind, String displayPrefix, String keyHash,
                 String publishableKey, String[] allowedOrigins) {
        this.id = UUID.randomUUID();
        this.workspaceId = workspaceId;
        this.name = name;
        this.kind = kind;
        this.displayPrefix = displayPrefix;
        this.keyHash = keyHash;
        this.publishableKey = publishableKey;
        this.allowedOrigins = allowedOrigins;
        this.createdAt = Instant.now();
    }
}
