package io.parley.app.media.webrtc;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ephemeral TURN credentials in the TURN REST scheme that coturn checks with {@code use-auth-secret}: the username
 * is {@code <unix expiry>:<id>}, the password base64(HMAC-SHA1(shared secret, username)). The TURN server needs
 * only the shared secret ({@code static-auth-secret}); a credential stops working at its expiry.
 */
public final class TurnCredentials {

    private final byte[] sharedSecret;
    private final Duration ttl;
    private final Clock clock;

    /**
     * @param sharedSecret the secret configured in the TURN server as {@code static-auth-secret}
     * @param ttl          how long an issued credential stays valid
     */
    public TurnCredentials(String sharedSecret, Duration ttl, Clock clock) {
        if (sharedSecret == null || sharedSecret.isBlank()) {
            throw new IllegalArgumentException("the TURN shared secret must not be blank");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the TURN credential lifetime must be positive");
        }
        this.sharedSecret = sharedSecret.getBytes(StandardCharsets.UTF_8);
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Issues a credential for {@code id} (e.g. a session id; no colons) valid for the configured lifetime, as an
     * ICE server entry for the given TURN urls.
     */
    public IceServer issue(String id, List<String> turnUrls) {
        if (id == null || id.isBlank() || id.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a TURN credential id must be non-blank and free of ':'");
        }
        long expiry = clock.instant().plus(ttl).getEpochSecond();
        String username = expiry + ":" + id;
        return new IceServer(turnUrls, username, credentialFor(username));
    }

    /** base64(HMAC-SHA1(secret, username)), the password coturn expects for {@code username}. */
    public String credentialFor(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(sharedSecret, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException unavailable) {
            throw new IllegalStateException("HMAC-SHA1 is not available in this JVM", unavailable);
        }
    }
}
