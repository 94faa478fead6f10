package io.parley.app.gateway;

import io.parley.dashboard.auth.PresentedToken;
import io.parley.dashboard.web.Blocking;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /v1/sessions}: a tenant back end (secret key), a browser (publishable key, from an allowed origin) or
 * a signed-in admin trying a deployment asks for a session.
 */
@RestController
class SessionGatewayController {

    private final SessionGateway gateway;

    SessionGatewayController(SessionGateway gateway) {
        this.gateway = gateway;
    }

    @PostMapping("/v1/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SessionOffer> open(@RequestBody SessionGateway.Request body, ServerHttpRequest request) {
        String credential = PresentedToken.from(request);
        String origin = request.getHeaders().getFirst(HttpHeaders.ORIGIN);
        String base = webSocketBase(request.getURI());
        return Blocking.call(() -> gateway.open(credential, origin, body, base));
    }

    private static String webSocketBase(URI uri) {
        String scheme = "https".equals(uri.getScheme()) ? "wss" : "ws";
        return scheme + "://" + uri.getRawAuthority();
    }
}
