package io.parley.app.gateway;

import io.parley.tenant.problem.Unauthenticated;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signed, short-lived session tokens: {@code base64url(claims).base64url(HMAC-SHA256)}. Stateless, so any node with
 * the same signing key can accept a reconnect.
 */
@Component
public class SessionTokens {

    private static final Logger log = LoggerFactory.getLogger(SessionTokens.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;

    SessionTokens(GatewayProperties properties, Clock clock) {
        this.clock = clock;
        if (properties.signingKey().isBlank()) {
            this.key = new byte[32];
            new SecureRandom().nextBytes(key);
            log.warn("parley.sessions.signing-key is not set: using a random key; session tokens will not survive a "
                    + "restart or work across nodes");
        } else {
            this.key = Base64.getDecoder().decode(properties.signingKey());
        }
    }

    public String issue(SessionGrant grant) {
        String claims = String.join("|", grant.sessionId().toString(), grant.workspaceId().toString(),
                grant.deploymentId().toString(), grant.origin() == null ? "" : grant.origin(),
                Long.toString(grant.expiresAt().getEpochSecond()));
        String body = B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return body + "." + B64.encodeToString(sign(body));
    }

    /** The grant of a valid, unexpired token; {@link Unauthenticated} otherwise. */
    public SessionGrant verify(String token) {
        if (token == null || token.length() > 1024) {
            throw Unauthenticated.badToken();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            throw Unauthenticated.badToken();
        }
        String body = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(body), B64D.decode(token.substring(dot + 1)))) {
                throw Unauthenticated.badToken();
            }
            String[] parts = new String(B64D.decode(body), StandardCharsets.UTF_8).split("\\|", -1);
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[4]));
            if (!clock.instant().isBefore(expiresAt)) {
                throw Unauthenticated.badToken();
            }
            return new SessionGrant(UUID.fromString(parts[0]), UUID.fromString(parts[1]), UUID.fromString(parts[2]),
                    parts[3].isEmpty() ? null : parts[3], expiresAt);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw Unauthenticated.badToken();
        }
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
