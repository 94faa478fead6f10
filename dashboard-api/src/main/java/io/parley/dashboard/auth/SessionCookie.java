package io.parley.dashboard.auth;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.ResponseCookie;

/**
 * The dashboard's login cookie. HttpOnly so page scripts cannot read it, Secure (browsers treat localhost as
 * secure), SameSite=Strict so other sites cannot ride on it, which is why the API needs no CSRF token.
 */
public final class SessionCookie {

    public static final String NAME = "parley_session";

    private SessionCookie() {
    }

    public static ResponseCookie issue(String token, Instant expiresAt) {
        return base(token).maxAge(Duration.between(Instant.now(), expiresAt)).build();
    }

    public static ResponseCookie clear() {
        return base("").maxAge(0).build();
    }

    private static ResponseCookie.ResponseCookieBuilder base(String value) {
        return ResponseCookie.from(NAME, value).httpOnly(true).secure(true).sameSite("Strict").path("/");
    }
}
