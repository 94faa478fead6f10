package io.parley.tenant.deployment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeploymentRepository extends JpaRepository<DeploymentEntity, UUID> {

    List<DeploymentEntity> findByWorkspaceIdOrderByCreatedAt(UUID workspaceId);

    Optional<DeploymentEntity> findByIdAndWorkspaceId(UUID id, UUID workspaceId);
}
