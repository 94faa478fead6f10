package io.parley.tenant.workspace;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TenantRepository extends JpaRepository<TenantEntity, UUID> {
}

interface WorkspaceRepository extends JpaRepository<WorkspaceEntity, UUID> {

    @Query("select w from WorkspaceEntity w, MemberEntity m where m.key.workspaceId = w.id and m.key.userId = ?1 order by w.createdAt")
    List<WorkspaceEntity> findAllForUser(UUID userId);
}

interface MemberRepository extends JpaRepository<MemberEntity, MemberEntity.Key> {

    List<MemberEntity> findByKeyWorkspaceIdOrderByCreatedAt(UUID workspaceId);

    List<MemberEntity> findByKeyUserId(UUID userId);

    long countByKeyWorkspaceIdAndRole(UUID workspaceId, io.parley.tenant.Role role);
}
