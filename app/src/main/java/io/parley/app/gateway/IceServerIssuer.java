package io.parley.app.gateway;

import io.parley.app.media.webrtc.IceServer;
import io.parley.app.media.webrtc.TurnCredentials;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * ICE servers for one session, with ephemeral TURN credentials in the TURN REST scheme that coturn's
 * {@code use-auth-secret} understands (see {@link TurnCredentials}). Nothing is stored; coturn checks the HMAC and
 * the expiry.
 */
@Component
public class IceServerIssuer {

    private final GatewayProperties properties;
    private final TurnCredentials turn;

    IceServerIssuer(GatewayProperties properties, Clock clock) {
        this.properties = properties;
        this.turn = properties.turnSecret().isBlank() ? null
                : new TurnCredentials(properties.turnSecret(), properties.turnCredentialTtl(), clock);
    }

    public List<IceServer> issue(String sessionId) {
        List<IceServer> servers = new ArrayList<>();
        List<String> stun = properties.stunUrls().stream().filter(u -> !u.isBlank()).toList();
        if (!stun.isEmpty()) {
            servers.add(new IceServer(stun, null, null));
        }
        List<String> turnUrls = properties.turnUrls().stream().filter(u -> !u.isBlank()).toList();
        if (!turnUrls.isEmpty() && turn != null) {
            servers.add(turn.issue(sessionId, turnUrls));
        }
        return servers;
    }
}
