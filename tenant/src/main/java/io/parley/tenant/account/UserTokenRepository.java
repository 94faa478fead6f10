package io.parley.tenant.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserTokenRepository extends JpaRepository<UserTokenEntity, UUID> {

    Optional<UserTokenEntity> findByTokenHash(String tokenHash);
}
