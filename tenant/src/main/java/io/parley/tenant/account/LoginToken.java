package io.parley.tenant.account;

import java.time.Instant;

/** A dashboard login: the token is shown once, to be sent as a bearer token or kept in the session cookie. */
public record LoginToken(String token, Instant expiresAt, UserSummary user) {
}
