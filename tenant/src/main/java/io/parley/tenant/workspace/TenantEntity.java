package io.parley.tenant.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The organisation that owns workspaces (the unit of billing and of isolation). */
@Entity
@Table(name = "tenants")
class TenantEntity {

    @Id
    UUID id;
    String name;
    Instant createdAt;

    protected TenantEntity() {
    }

    TenantEntity(String name) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.createdAt = Instant.now();
    }
}
