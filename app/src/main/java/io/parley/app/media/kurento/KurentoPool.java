package io.parley.app.media.kurento;

import io.parley.app.media.webrtc.WebRtcException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kurento Media Servers Parley places calls on. A server whose socket drops is down at once (its calls end with
 * the reason) and is skipped for new calls until a reconnect succeeds, tried at most every
 * {@code parley.kurento.reconnect-interval}. Placement: among reachable servers below the session cap, those under
 * {@code max-cpu-percent} (sampled from each server's ServerManager) first, then the fewest calls, then the lower CPU.
 */
public class KurentoPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KurentoPool.class);
    private static final int CPU_SAMPLE_MILLIS = 500;

    private final KurentoProperties properties;
    private final List<KurentoServer> servers;
    private final ScheduledExecutorService loadSampler;

    public KurentoPool(KurentoProperties properties) {
        this.properties = properties;
        this.servers = properties.uris().stream()
                .map(uri -> new KurentoServer(uri, properties.pipelineNamePrefix())).toList();
        servers.forEach(server -> server.ensureConnected(properties.requestTimeout(), properties.reconnectInterval()));
        loadSampler = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("kurento-load").factory());
        long every = properties.loadSampleInterval().toMillis();
        loadSampler.scheduleWithFixedDelay(this::sampleLoad, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Pings every connected server (one that stays silent is down, its calls ended) and refreshes its CPU figure
     * from its ServerManager ({@code getUsedCpu}); tries to reconnect the servers that are down, so that one coming
     * back is healthy again (and rid of this node's orphaned pipelines) before a call needs it.
     */
    void sampleLoad() {
        servers.forEach(server -> {
            if (!server.isUp()) {
                server.ensureConnected(properties.requestTimeout(), properties.reconnectInterval());
                return;
            }
            server.heartbeat(properties.loadSampleInterval());
            server.sampleCpu(CPU_SAMPLE_MILLIS);
        });
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
                    .min(Comparator.comparing((KurentoServer s) -> s.cpuPercent() >= properties.maxCpuPercent())
                            .thenComparingInt(KurentoServer::sessions)
                            .thenComparingDouble(KurentoServer::cpuPercent));
            chosen.ifPresent(KurentoServer::reserve);
        }
        return chosen.orElseThrow(() -> {
            log.warn("no Kurento media server can take a call: {} healthy of {}", healthy().size(), servers.size());
            return new WebRtcException(WebRtcException.Reason.AT_CAPACITY,
                    "no media server can take this call now; try again later");
        });
    }

    /** Ends every call on every server (each leg's onClosed gets the reason) and closes the sessions. */
    @Override
    public void close() {
        loadSampler.shutdownNow();
        servers.forEach(server -> server.close("the media plane is shutting down"));
    }
}
