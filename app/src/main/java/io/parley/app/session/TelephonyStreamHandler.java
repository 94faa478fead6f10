package io.parley.app.session;

import io.parley.app.gateway.SessionTokens;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** {@code /v1/telephony/stream}: where a carrier streams a phone call (see {@link TelephonyConnection}). */
@Component
class TelephonyStreamHandler implements WebSocketHandler {

    static final String PATH = "/v1/telephony/stream";

    private final SessionTokens tokens;
    private final CallRegistry calls;
    private final JsonMapper json;

    TelephonyStreamHandler(SessionTokens tokens, CallRegistry calls, JsonMapper json) {
        this.tokens = tokens;
        this.calls = calls;
        this.json = json;
    }

    @Override
    public Mono<Void> handle(WebSocketSession ws) {
        SocketOutbound out = new SocketOutbound(ws);
        String urlToken = UriComponentsBuilder.fromUri(ws.getHandshakeInfo().getUri()).build().getQueryParams()
                .getFirst("token");
        TelephonyConnection connection = new TelephonyConnection(out, calls, tokens, json,
                urlToken == null ? "" : urlToken);
        Mono<Void> inbound = ws.receive()
                .filter(m -> m.getType() == WebSocketMessage.Type.TEXT)
                .doOnNext(m -> connection.onText(m.getPayloadAsText()))
                .then()
                .doFinally(signal -> connection.socketClosed());
        Mono<Void> outbound = ws.send(out.messages()).then(Mono.defer(out::closeSocket));
        return Mono.when(inbound, outbound);
    }
}
