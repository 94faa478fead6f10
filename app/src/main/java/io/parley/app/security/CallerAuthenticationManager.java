package io.parley.app.security;

import io.parley.dashboard.web.Blocking;
import io.parley.tenant.Caller;
import io.parley.tenant.account.AccountService;
import io.parley.tenant.apikey.ApiKeyKind;
import io.parley.tenant.apikey.ApiKeyService;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Resolves a presented token to a {@link Caller}: {@code sk_} secret keys for tenant back ends, {@code pt_} login
 * tokens for dashboard users. Publishable keys only open sessions from browsers and are refused here.
 */
@Component
class CallerAuthenticationManager implements ReactiveAuthenticationManager {

    private final AccountService accounts;
    private final ApiKeyService apiKeys;

    CallerAuthenticationManager(AccountService accounts, ApiKeyService apiKeys) {
        this.accounts = accounts;
        this.apiKeys = apiKeys;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        String token = String.valueOf(authentication.getCredentials());
        if (token.startsWith(ApiKeyKind.PUBLISHABLE.prefix())) {
            return Mono.error(new BadCredentialsException("Publishable keys can only create sessions"));
        }
        return Blocking.call(() -> resolve(token))
                .flatMap(Mono::justOrEmpty)
                .<Authentication>map(CallerAuthentication::new)
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("unknown or revoked credential")));
    }

    private Optional<Caller> resolve(String token) {
        if (token.startsWith(ApiKeyKind.SECRET.prefix())) {
            return apiKeys.authenticateSecret(token).map(Caller.class::cast);
        }
        return accounts.authenticate(token).map(u -> new Caller.User(u.id(), u.email()));
    }
}
