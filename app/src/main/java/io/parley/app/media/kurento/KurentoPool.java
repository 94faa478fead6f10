package io.parley.app.media.kurento;

import io.parley.app.media.webrtc.WebRtcException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kurento Media Servers Parley places calls on. A server whose socket drops is down at once (its calls end with
 * the reason) and is skipped for new calls until a reconnect succeeds, tried at most every
 * {@code parley.kurento.reconnect-interval}. Placement: the reachable server with the fewest calls below the cap.
 */
public class KurentoPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KurentoPool.class);

    private final KurentoProperties properties;
    private final List<KurentoServer> servers;

    public KurentoPool(KurentoProperties properties) {
        this.properties = properties;
        this.servers = properties.uris().stream().map(KurentoServer::new).toList();
        servers.forEach(server -> server.ensureConnected(properties.requestTimeout(), properties.reconnectInterval()));
    }

    /** Servers that are connected now. */
    public List<URI> healthy() {
        return servers.stream().filter(KurentoServer::isUp).map(KurentoServer::uri).toList();
    }

    /** Calls placed on the server at {@code uri}. */
    public int sessionsOn(URI uri) {
        return servers.stream().filter(s -> s.uri().equals(uri)).mapToInt(KurentoServer::sessions).sum();
    }

    /**
     * Picks the least-loaded reachable server with room and reserves a place on it (the caller must
     * {@link KurentoServer#unreserve()} once the call is set up or failed), or fails with AT_CAPACITY.
     */
    KurentoServer place() {
        Optional<KurentoServer> chosen;
        synchronized (this) {
            chosen = servers.stream()
                    .filter(s -> s.ensureConnected(properties.requestTimeout(), properties.reconnectInterval()))
                    .filter(s -> s.sessions() < properties.maxSessionsPerServer())
                    .min(Comparator.comparingInt(KurentoServer::sessions));
            chosen.ifPresent(KurentoServer::reserve);
        }
        return chosen.orElseThrow(() -> {
            log.warn("no Kurento media server can take a call: {} healthy of {}", healthy().size(), servers.size());
            return new WebRtcException(WebRtcException.Reason.AT_CAPACITY,
                    "no media server can take this call now; try again later");
        });
    }

    @Override
    public void close() {
        servers.forEach(KurentoServer::close);
    }
}
