package io.parley.app.session;

import io.parley.app.gateway.SessionGrant;
import io.parley.app.gateway.SessionTokens;
import io.parley.app.media.WebRtcMediaPlane;
import io.parley.tenant.problem.Unauthenticated;
import java.net.URI;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /v1/sessions/{sessionId}/ws?token=...}: the session socket. The token is checked before anything else; a
 * bad one closes the socket with 4401 and touches no call.
 */
@Component
class SessionSocketHandler implements WebSocketHandler {

    static final String PATH = "/v1/sessions/{sessionId}/ws";

    private final SessionTokens tokens;
    private final CallRegistry calls;
    private final JsonMapper json;
    private final WebRtcMediaPlane plane;

    SessionSocketHandler(SessionTokens tokens, CallRegistry calls, JsonMapper json, WebRtcMediaPlane plane) {
        this.tokens = tokens;
        this.calls = calls;
        this.json = json;
        this.plane = plane;
    }

    @Override
    public Mono<Void> handle(WebSocketSession ws) {
        SocketOutbound out = new SocketOutbound(ws);
        URI uri = ws.getHandshakeInfo().getUri();
        SessionGrant grant;
        try {
            grant = tokens.verify(UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst("token"));
        } catch (Unauthenticated e) {
            return ws.close(CloseCodes.BAD_TOKEN);
        }
        if (!grant.sessionId().equals(sessionIdOf(uri))) {
            return ws.close(CloseCodes.WRONG_SESSION);
        }
        ClientConnection connection = new ClientConnection(grant, out, calls, json, plane);
        Mono<Void> inbound = ws.receive().doOnNext(connection::onMessage).then()
                .doFinally(signal -> connection.socketClosed());
        Mono<Void> outbound = ws.send(out.messages()).then(Mono.defer(out::closeSocket));
        return Mono.when(inbound, outbound);
    }

    private static UUID sessionIdOf(URI uri) {
        String[] parts = uri.getPath().split("/");
        try {
            return parts.length >= 4 ? UUID.fromString(parts[3]) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
