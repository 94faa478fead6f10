package io.parley.app.media.kurento;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** One KMS of the pool: its connection while up, and the calls placed on it. */
final class KurentoServer {

    private static final Logger log = LoggerFactory.getLogger(KurentoServer.class);

    private final URI uri;
    /** Names of the pipelines this node creates start with it: {@code parley:<nodeId>:}. */
    private final String pipelinePrefix;
    private final Set<KurentoLeg> legs = ConcurrentHashMap.newKeySet();
    /** Calls being set up here: counted against the cap before their leg exists. */
    private final AtomicInteger reserved = new AtomicInteger();
    private volatile KmsConnection connection;
    private volatile Instant lastAttempt = Instant.EPOCH;
    /** Last CPU use the server reported through its ServerManager, in percent; 0 until sampled. */
    private volatile double cpuPercent;

    KurentoServer(URI uri, String pipelinePrefix) {
        this.uri = uri;
        this.pipelinePrefix = pipelinePrefix;
    }

    URI uri() {
        return uri;
    }

    boolean isUp() {
        KmsConnection current = connection;
        return current != null && current.isOpen();
    }

    int sessions() {
        return legs.size() + reserved.get();
    }

    void reserve() {
        reserved.incrementAndGet();
    }

    void unreserve() {
        reserved.decrementAndGet();
    }

    KmsConnection connection() {
        return connection;
    }

    /**
     * Connects unless up or tried less than {@code interval} ago; a failure leaves the server down. Once connected,
     * before any call is placed, the pipelines this node left on the server are released (see
     * {@link #releaseOrphans}).
     */
    synchronized boolean ensureConnected(Duration requestTimeout, Duration interval) {
        if (isUp()) {
            return true;
        }
        Instant now = Instant.now();
        if (lastAttempt.plus(interval).isAfter(now)) {
            return false;
        }
        lastAttempt = now;
        KmsConnection opened;
        try {
            opened = KmsConnection.open(uri, requestTimeout, this::lost);
        } catch (KmsException unreachable) {
            return false;
        }
        releaseOrphans(opened);
        connection = opened;
        return opened.isOpen();
    }

    /**
     * Releases the pipelines named for this node that no live call of it holds: those an earlier run left behind
     * (crash, kill -9) and those of calls that ended while the server was unreachable. Other nodes' and other
     * applications' pipelines are left alone. A failure here is logged and does not keep the server down.
     */
    private void releaseOrphans(KmsConnection kms) {
        Set<String> live = legs.stream().map(KurentoLeg::pipeline).collect(Collectors.toSet());
        int released = 0;
        try {
            for (JsonNode pipeline : kms.invoke("manager_ServerManager", "getPipelines", Map.of())) {
                String id = pipeline.asString();
                if (!live.contains(id) && isOurs(kms, id)) {
                    kms.release(id);
                    released++;
                }
            }
        } catch (KmsException e) {
            log.warn("could not look for pipelines left on {}: {}", uri, e.getMessage());
        }
        if (released > 0) {
            log.info("released {} pipeline(s) an earlier run of this node left on {}", released, uri);
        }
    }

    private boolean isOurs(KmsConnection kms, String pipeline) {
        try {
            return kms.invoke(pipeline, "getName", Map.of()).asString("").startsWith(pipelinePrefix);
        } catch (KmsException e) {
            if (e.code() == 0) {
                throw e; // no answer: the server is going away, stop asking
            }
            return false; // released meanwhile by whoever owned it (40101)
        }
    }

    double cpuPercent() {
        return cpuPercent;
    }

    /** Pings the server; no answer counts as a disconnect (see {@link KmsConnection#heartbeat}). */
    void heartbeat(Duration interval) {
        KmsConnection current = connection;
        if (current != null && current.isOpen()) {
            current.heartbeat(interval);
        }
    }

    /** Asks the ServerManager for CPU use over {@code intervalMillis}; leaves the last value when that fails. */
    void sampleCpu(int intervalMillis) {
        KmsConnection current = connection;
        if (current == null || !current.isOpen()) {
            return;
        }
        try {
            cpuPercent = current.invoke("manager_ServerManager", "getUsedCpu", Map.of("interval", intervalMillis))
                    .asDouble();
        } catch (KmsException e) {
            // the disconnect listener handles a dead server; a slow one keeps its last figure
        }
    }

    void add(KurentoLeg leg) {
        legs.add(leg);
    }

    void remove(KurentoLeg leg) {
        legs.remove(leg);
    }

    private void lost(String reason) {
        lastAttempt = Instant.now();
        for (KurentoLeg leg : List.copyOf(legs)) {
            leg.serverLost(reason);
        }
    }

    /** Ends this server's calls with {@code reason}, releasing their pipelines, then ends the session. */
    void close(String reason) {
        for (KurentoLeg leg : List.copyOf(legs)) {
            leg.end(reason);
        }
        KmsConnection current = connection;
        if (current != null) {
            current.close();
        }
    }
}
