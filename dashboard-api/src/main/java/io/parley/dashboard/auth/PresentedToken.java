package io.parley.dashboard.auth;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** The credential a request carries: an {@code Authorization: Bearer} header, else the session cookie. */
public final class PresentedToken {

    private PresentedToken() {
    }

    public static String from(ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            return token.isEmpty() ? null : token;
        }
        HttpCookie cookie = request.getCookies().getFirst(SessionCookie.NAME);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }
}
