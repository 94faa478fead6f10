package io.parley.tenant.workspace;

import io.parley.tenant.Role;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "members")
class MemberEntity {

    @Embeddable
    record Key(UUID workspaceId, UUID userId) implements Serializable {
    }

    @EmbeddedId
    Key key;
    @Enumerated(EnumType.STRING)
    Role role;
    Instant createdAt;

    protected MemberEntity() {
    }

    MemberEntity(UUID workspaceId, UUID userId, Role role) {
        this.key = new Key(workspaceId, userId);
        this.role = role;
        this.createdAt = Instant.now();
    }
}
