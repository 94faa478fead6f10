package io.parley.tenant.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "agents")
class AgentEntity {

    @Id
    UUID id;
    UUID workspaceId;
    String name;
    String instructions;
    String greeting;
    String language;
    String voice;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String engines;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String flow;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected AgentEntity() {
    }

    AgentEntity(UUID workspaceId) {
        this.id = UUID.randomUUID();
        this.workspaceId = workspaceId;
        this.createdAt = Instant.now();
    }
}
