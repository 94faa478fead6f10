package io.parley.app.security;

import java.util.List;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Browsers on tenants' sites call {@code POST /v1/sessions} with a publishable key. Any origin may make the request;
 * the gateway then checks the origin against the key's and the deployment's allowed origins. No cookies cross.
 */
final class SessionCors {

    private SessionCors() {
    }

    static CorsConfigurationSource source() {
        CorsConfiguration sessions = new CorsConfiguration();
        sessions.setAllowedOriginPatterns(List.of("*"));
        sessions.setAllowedMethods(List.of("POST"));
        sessions.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        sessions.setAllowCredentials(false);
        sessions.setMaxAge(600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/v1/sessions", sessions);
        return source;
    }
}
