package io.parley.app.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * ICE servers for one session, with ephemeral TURN credentials in the TURN REST scheme that coturn's
 * {@code use-auth-secret} understands: username {@code <expiry unix time>:<session id>}, password
 * {@code base64(HMAC-SHA1(shared secret, username))}. Nothing is stored; coturn checks the HMAC and the expiry.
 */
@Component
public class IceServerIssuer {

    private final GatewayProperties properties;
    private final Clock clock;

    IceServerIssuer(GatewayProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public List<IceServer> issue(String sessionId) {
        List<IceServer> servers = new ArrayList<>();
        List<String> stun = properties.stunUrls().stream().filter(u -> !u.isBlank()).toList();
        if (!stun.isEmpty()) {
            servers.add(new IceServer(stun, null, null));
        }
        List<String> turn = properties.turnUrls().stream().filter(u -> !u.isBlank()).toList();
        if (!turn.isEmpty() && !properties.turnSecret().isBlank()) {
            long expiry = clock.instant().plus(properties.turnCredentialTtl()).getEpochSecond();
            String username = expiry + ":" + sessionId;
            servers.add(new IceServer(turn, username, credential(properties.turnSecret(), username)));
        }
        return servers;
    }

    /** The TURN REST password for {@code username}. */
    public static String credential(String sharedSecret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(sharedSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
