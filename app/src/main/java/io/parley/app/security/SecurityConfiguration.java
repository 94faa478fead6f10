package io.parley.app.security;

import io.parley.dashboard.auth.PresentedToken;
import io.parley.dashboard.web.ProblemWebExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * One filter chain for every caller: dashboard users (bearer token or the HttpOnly session cookie) and tenant back
 * ends (secret key as bearer token). Stateless: every request carries its credential. Failures answer with problem
 * details through the same handler as every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /** Endpoints that check their own credential (or need none). */
    private static final String[] PUBLIC_POSTS = {"/v1/auth/signup", "/v1/auth/login", "/v1/auth/logout",
            "/v1/sessions"};

    @Bean
    SecurityWebFilterChain parleyFilterChain(ServerHttpSecurity http, CallerAuthenticationManager manager,
                                             ProblemWebExceptionHandler problems) {
        AuthenticationWebFilter authentication = new AuthenticationWebFilter(manager);
        authentication.setServerAuthenticationConverter(exchange ->
                Mono.justOrEmpty(PresentedToken.from(exchange.getRequest())).map(PresentedCredential::new));
        // A stale cookie must not block signing in (or out) again.
        authentication.setRequiresAuthenticationMatcher(new NegatedServerWebExchangeMatcher(
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, PUBLIC_POSTS)));
        authentication.setAuthenticationFailureHandler((filterExchange, error) ->
                problems.handle(filterExchange.getExchange(), error));
        authentication.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());

        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .cors(cors -> cors.configurationSource(SessionCors.source()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(authentication, SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.POST, PUBLIC_POSTS).permitAll()
                        .pathMatchers(HttpMethod.OPTIONS, "/v1/sessions").permitAll()
                        // Session sockets authenticate with the session token (browsers cannot set headers there).
                        .pathMatchers(HttpMethod.GET, "/v1/sessions/*/ws", "/v1/telephony/stream").permitAll()
                        .pathMatchers("/v1/**").authenticated()
                        // The dashboard's pages and hashed assets: public files; its API calls carry the cookie.
                        .pathMatchers(HttpMethod.GET, "/", "/assets/**").permitAll()
                        .anyExchange().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::handle)
                        .accessDeniedHandler(problems::handle))
                .build();
    }
}
