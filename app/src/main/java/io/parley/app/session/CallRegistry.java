package io.parley.app.session;

import io.parley.app.gateway.GatewayProperties;
import io.parley.app.gateway.LiveSessions;
import io.parley.app.gateway.SessionGrant;
import io.parley.app.media.CallerLeg;
import io.parley.app.tracing.TurnTraces;
import io.parley.tenant.session.SessionOutcome;
import io.parley.voice.pipeline.wire.SessionEventJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls live on this node. A client connects (or reconnects) with its session token; a call whose client
 * dropped waits {@code parley.sessions.reconnect-grace} for it, then ends as abandoned. Stopping the node ends every
 * call cleanly with its reason.
 */
@Component
class CallRegistry implements SmartLifecycle {

    /** The connection cannot join its session; carries the close code to answer with. */
    static final class Refused extends RuntimeException {
        private final CloseStatus status;

        Refused(CloseStatus status) {
            super(status.getReason(), null, false, false);
            this.status = status;
        }

        CloseStatus status() {
            return status;
        }
    }

    private static final int REMEMBERED_ENDED = 10_000;

    private final Map<UUID, LiveCall> calls = new ConcurrentHashMap<>();
    private final Map<UUID, Object> creationLocks = new ConcurrentHashMap<>();
    private final Set<UUID> ended = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
                    return size() > REMEMBERED_ENDED;
                }
            }));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("parley-session-grace").daemon().factory());
    private final CallFactory factory;
    private final CallLog log;
    private final LiveSessions live;
    private final GatewayProperties properties;
    private final JsonMapper json;
    private final TurnMetrics metrics;
    private final TurnTraces traces;
    private volatile boolean running;

    CallRegistry(CallFactory factory, CallLog log, LiveSessions live, GatewayProperties properties, JsonMapper json,
                 TurnMetrics metrics, TurnTraces traces) {
        this.metrics = metrics;
        this.traces = traces;
        this.factory = factory;
        this.log = log;
        this.live = live;
        this.properties = properties;
        this.json = json;
    }

    /** Joins {@code connection} to its session, starting the call on first connect. Blocking. */
    LiveCall connect(CallClient connection, CallerLeg leg) {
        SessionGrant grant = connection.grant();
        UUID id = grant.sessionId();
        if (!running || ended.contains(id)) {
            throw new Refused(CloseCodes.SESSION_GONE);
        }
        // One lock per session being created, so building one call (database reads) never holds up another.
        Object creating = creationLocks.computeIfAbsent(id, key -> new Object());
        LiveCall call;
        synchronized (creating) {
            try {
                call = calls.get(id);
                if (call == null) {
                    return startCall(grant, connection, leg);
                }
            } finally {
                creationLocks.remove(id, creating);
            }
        }
        call.attach(connection, leg);
        return call;
    }

    private LiveCall startCall(SessionGrant grant, CallClient connection, CallerLeg leg) {
        UUID id = grant.sessionId();
        if (!live.markLive(id) && !(live.reserve(id, grant.workspaceId(), grant.expiresAt(), properties.maxPerNode())
                && live.markLive(id))) {
            throw new Refused(CloseCodes.AT_CAPACITY);
        }
        LiveCall call = new LiveCall(grant, log, new SessionEventJson(json, 0), metrics, traces, this::startGrace,
                this::finished);
        call.attach(connection, leg);
        calls.put(id, call);
        log.connected(grant.workspaceId(), id, leg.transport());
        try {
            call.start(factory.build(grant, call));
        } catch (RuntimeException e) {
            call.finish(SessionOutcome.FAILED, "start_failed");
            throw e;
        }
        return call;
    }

    private ScheduledFuture<?> startGrace(LiveCall call, String reason) {
        // Ending waits for the call's own thread, so it runs off the shared timer thread.
        return timers.schedule(() -> call.finishAsync(SessionOutcome.ABANDONED, reason),
                properties.reconnectGrace().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void finished(LiveCall call) {
        UUID id = call.grant().sessionId();
        ended.add(id);
        calls.remove(id);
        live.release(id);
    }

    int size() {
        return calls.size();
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Drains: new sessions are refused at once, live calls get {@code parley.sessions.drain-timeout} to finish, and
     * whatever is still live then ends cleanly with reason {@code node_shutdown}.
     */
    @Override
    public void stop() {
        live.startDraining();
        long deadline = System.nanoTime() + properties.drainTimeout().toNanos();
        while (!calls.isEmpty() && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        running = false;
        List<LiveCall> open = List.copyOf(calls.values());
        open.parallelStream().forEach(call -> call.finish(SessionOutcome.COMPLETED, "node_shutdown"));
        timers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
