package io.parley.tenant.apikey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKeyEntity, UUID> {

    List<ApiKeyEntity> findByWorkspaceIdOrderByCreatedAtDesc(UUID workspaceId);

    Optional<ApiKeyEntity> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    Optional<ApiKeyEntity> findByKeyHash(String keyHash);
}
