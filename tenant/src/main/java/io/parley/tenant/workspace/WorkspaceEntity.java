package io.parley.tenant.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "workspaces")
class WorkspaceEntity {

    @Id
    UUID id;
    UUID tenantId;
    String name;
    int concurrencyQuota;
    Instant createdAt;

    protected WorkspaceEntity() {
    }

    WorkspaceEntity(UUID tenantId, String name, int concurrencyQuota) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = name;
        this.concurrencyQuota = concurrencyQuota;
        this.createdAt = Instant.now();
    }
}
