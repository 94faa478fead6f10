package io.parley.app.gateway;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live-session settings ({@code parley.sessions.*}).
 *
 * @param maxPerNode      live sessions one node accepts; the next is refused, so live calls never degrade
 * @param tokenTtl        how long a session token may be used to connect (and reconnect)
 * @param signingKey      base64 HMAC key for session tokens; every node of a cluster needs the same one. Blank:
 *                        a random key per start (fine for one node, logged as a warning)
 * @param reconnectGrace  how long a dropped transport may come back to the same session
 * @param maxDuration     longest a session may last; also bounds how long a crashed node's sessions count
 *                        against a workspace's quota
 * @param stunUrls        STUN servers offered to clients
 * @param turnUrls        TURN servers offered to clients (e.g. {@code turn:turn.example.com:3478?transport=udp})
 * @param turnSecret      coturn's {@code static-auth-secret}; blank disables TURN credentials
 * @param turnCredentialTtl lifetime of an ephemeral TURN credential
 * @param drainTimeout    on shutdown, how long live calls may go on (new sessions are refused meanwhile) before
 *                        they are ended; keep it below spring.lifecycle.timeout-per-shutdown-phase
 */
@Validated
@ConfigurationProperties("parley.sessions")
public record GatewayProperties(
        @Min(1) @Max(100_000) @DefaultValue("200") int maxPerNode,
        @NotNull @DefaultValue("5m") Duration tokenTtl,
        @DefaultValue("") String signingKey,
        @NotNull @DefaultValue("30s") Duration reconnectGrace,
        @NotNull @DefaultValue("4h") Duration maxDuration,
        @DefaultValue("") List<String> stunUrls,
        @DefaultValue("") List<String> turnUrls,
        @DefaultValue("") String turnSecret,
        @NotNull @DefaultValue("1h") Duration turnCredentialTtl,
        @NotNull @DefaultValue("25s") Duration drainTimeout) {
}
