package io.parley.app.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A token as presented by a request, before anyone has checked it. */
final class PresentedCredential extends AbstractAuthenticationToken {

    private final String token;

    PresentedCredential(String token) {
        super(List.of());
        this.token = token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }
}
