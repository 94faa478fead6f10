package io.parley.dashboard.web;

import io.parley.tenant.Caller;
import io.parley.tenant.problem.Unauthenticated;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;

/** The authenticated {@link Caller} of the current request. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Mono<Caller> get() {
        return ReactiveSecurityContextHolder.getContext()
                .map(ctx -> ctx.getAuthentication())
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getPrincipal)
                .filter(Caller.class::isInstance)
                .cast(Caller.class)
                .switchIfEmpty(Mono.error(Unauthenticated::badToken));
    }

    /** Runs blocking tenant work for the current caller off the event loop. */
    public static <T> Mono<T> call(java.util.function.Function<Caller, T> work) {
        return get().flatMap(caller -> Blocking.call(() -> work.apply(caller)));
    }

    public static Mono<Void> run(java.util.function.Consumer<Caller> work) {
        return get().flatMap(caller -> Blocking.run(() -> work.accept(caller)));
    }
}
