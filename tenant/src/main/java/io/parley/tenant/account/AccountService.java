package io.parley.tenant.account;

import io.parley.tenant.problem.Checks;
import io.parley.tenant.problem.Conflict;
import io.parley.tenant.problem.NotFound;
import io.parley.tenant.problem.Unauthenticated;
import io.parley.tenant.secret.Secrets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dashboard users: creation, password login (Argon2id, rate limited), token authentication and logout. */
@Service
public class AccountService {

    public static final String TOKEN_PREFIX = "pt_";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 128;

    private final UserRepository users;
    private final UserTokenRepository tokens;
    private final LoginThrottle accountThrottle;
    private final LoginThrottle addressThrottle;
    private final AuthProperties properties;
    private final Clock clock;
    private final PasswordEncoder passwords = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /** Compared against when the email is unknown, so a miss costs the same time as a wrong password. */
    private final String decoyHash = passwords.encode("decoy-password-for-timing");

    AccountService(UserRepository users, UserTokenRepository tokens, AuthProperties properties, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
        this.accountThrottle = new LoginThrottle(properties.maxFailedLogins(), properties.failureWindow(), clock);
        this.addressThrottle = new LoginThrottle(properties.maxFailedLoginsPerAddress(), properties.failureWindow(),
                clock);
    }

    @Transactional
    public UserSummary createUser(UUID homeTenantId, String email, String displayName, String password) {
        String normalizedEmail = email == null ? null : email.strip();
        new Checks()
                .require(normalizedEmail != null && normalizedEmail.length() <= 254 && EMAIL.matcher(normalizedEmail).matches(),
                        "email", "must be a valid email address")
                .text(displayName, "name", 120)
                .require(password != null && password.length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD,
                        "password", "must be between %d and %d characters".formatted(MIN_PASSWORD, MAX_PASSWORD))
                .throwIfAny();
        if (users.findByEmailIgnoreCase(normalizedEmail).isPresent()) {
            throw Conflict.because("An account with this email already exists");
        }
        UserEntity user = users.save(new UserEntity(homeTenantId, normalizedEmail, displayName.strip(),
                passwords.encode(password)));
        return view(user);
    }

    /** Logs in; failures are limited per account and, more loosely, per client address (see {@link LoginThrottle}). */
    @Transactional
    public LoginToken login(String email, String password, String clientAddress) {
        new Checks().text(email, "email", 254).text(password, "password", MAX_PASSWORD).throwIfAny();
        String accountKey = email.strip().toLowerCase();
        accountThrottle.check(accountKey);
        addressThrottle.check(clientAddress);
        Optional<UserEntity> user = users.findByEmailIgnoreCase(email.strip());
        boolean matches = passwords.matches(password, user.map(u -> u.passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            accountThrottle.recordFailure(accountKey);
            addressThrottle.recordFailure(clientAddress);
            throw Unauthenticated.badCredentials();
        }
        accountThrottle.recordSuccess(accountKey);
        return issueToken(user.get());
    }

    @Transactional
    public LoginToken issueToken(UUID userId) {
        return issueToken(users.findById(userId).orElseThrow(() -> NotFound.of("User", userId)));
    }

    /** The user a live token belongs to, if any. */
    @Transactional(readOnly = true)
    public Optional<UserSummary> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(Secrets.sha256(token))
                .filter(t -> t.isLive(now))
                .flatMap(t -> users.findById(t.userId))
                .map(AccountService::view);
    }

    @Transactional
    public void logout(String token) {
        if (token == null) {
            return;
        }
        tokens.findByTokenHash(Secrets.sha256(token)).ifPresent(t -> {
            if (t.revokedAt == null) {
                t.revokedAt = clock.instant();
            }
        });
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByEmail(String email) {
        return email == null ? Optional.empty() : users.findByEmailIgnoreCase(email.strip()).map(AccountService::view);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(UUID userId) {
        return users.findById(userId).map(AccountService::view);
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    private LoginToken issueToken(UserEntity user) {
        String token = Secrets.newToken(TOKEN_PREFIX);
        Instant expiresAt = clock.instant().plus(properties.tokenTtl());
        tokens.save(new UserTokenEntity(user.id, Secrets.sha256(token), expiresAt));
        return new LoginToken(token, expiresAt, view(user));
    }

    private static UserSummary view(UserEntity u) {
        return new UserSummary(u.id, u.homeTenantId, u.email, u.displayName);
    }
}
