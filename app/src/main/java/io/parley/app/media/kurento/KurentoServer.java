package io.parley.app.media.kurento;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** One KMS of the pool: its connection while up, and the calls placed on it. */
final class KurentoServer {

    private final URI uri;
    private final Set<KurentoLeg> legs = ConcurrentHashMap.newKeySet();
    /** Calls being set up here: counted against the cap before their leg exists. */
    private final AtomicInteger reserved = new AtomicInteger();
    private volatile KmsConnection connection;
    private volatile Instant lastAttempt = Instant.EPOCH;
    /** Last CPU use the server reported through its ServerManager, in percent; 0 until sampled. */
    private volatile double cpuPercent;

    KurentoServer(URI uri) {
        this.uri = uri;
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

    /** Connects unless up or tried less than {@code interval} ago; a failure leaves the server down. */
    synchronized boolean ensureConnected(Duration requestTimeout, Duration interval) {
        if (isUp()) {
            return true;
        }
        Instant now = Instant.now();
        if (lastAttempt.plus(interval).isAfter(now)) {
            return false;
        }
        lastAttempt = now;
        try {
            connection = KmsConnection.open(uri, requestTimeout, this::lost);
            return true;
        } catch (KmsException unreachable) {
            return false;
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
