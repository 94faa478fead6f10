package io.parley.app.gateway;

import io.parley.app.media.webrtc.IceServer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer to {@code POST /v1/sessions}: connect to {@code signalingUrl} with {@code token} within
 * {@code expiresAt}, then use one of {@code transports}.
 */
public record SessionOffer(UUID sessionId, String token, Instant expiresAt, String signalingUrl,
                           List<String> transports, List<IceServer> iceServers) {

    public static final List<String> TRANSPORTS = List.of("webrtc", "websocket");
}
