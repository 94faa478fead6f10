package io.parley.app.session;

import io.parley.app.gateway.SessionGrant;
import io.parley.app.media.CallerLeg;
import io.parley.app.tracing.TurnTraces;
import io.parley.tenant.session.SessionOutcome;
import io.parley.voice.audio.PcmFrame;
import io.parley.voice.pipeline.AudioOutput;
import io.parley.voice.pipeline.CallSession;
import io.parley.voice.pipeline.event.InterruptionOutcome;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.pipeline.wire.SessionEventJson;
import io.parley.voice.pipeline.event.SessionListener;
import io.parley.voice.timeline.TimelineMark;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A call live on this node, with the client connection currently attached to it (none while a dropped client has
 * its grace period to come back). Every event goes to the attached client and to the call log, numbered in order.
 */
final class LiveCall implements SessionListener, AudioOutput {

    private final SessionGrant grant;
    private final CallLog log;
    /** Re-anchored on the session's start clock once the session exists, so timeline marks read as call time. */
    private volatile SessionEventJson json;
    private final Consumer<LiveCall> onFinished;
    private final GraceTimer graceTimer;
    private final TurnMetrics metrics;
    private final TurnTraces traces;
    private final AtomicInteger seq = new AtomicInteger();
    private final AtomicInteger turns = new AtomicInteger();
    private final AtomicInteger interruptions = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile CallSession call;
    private volatile CallClient client;
    private volatile CallClient firstClient;
    private volatile ScheduledFuture<?> grace;
    private volatile SessionOutcome outcome = SessionOutcome.COMPLETED;
    private volatile String endReason = "ended";
    /** Touched only on the call's thread (audio output). */
    private long lastPlayedTurn = -1;

    /** Starts the countdown after which a call without a client ends. */
    @FunctionalInterface
    interface GraceTimer {
        ScheduledFuture<?> start(LiveCall call, String reason);
    }

    LiveCall(SessionGrant grant, CallLog log, SessionEventJson json, TurnMetrics metrics, TurnTraces traces,
             GraceTimer graceTimer, Consumer<LiveCall> onFinished) {
        this.grant = grant;
        this.traces = traces;
        this.metrics = metrics;
        this.graceTimer = graceTimer;
        this.log = log;
        this.json = json;
        this.onFinished = onFinished;
    }

    SessionGrant grant() {
        return grant;
    }

    void start(CallSession session) {
        this.json = json.withOrigin(session.startNanos());
        this.call = session;
        session.start();
    }

    /** Attaches a client (first connection or a reconnect), replacing any previous one. */
    synchronized void attach(CallClient connection, CallerLeg leg) {
        if (grace != null) {
            grace.cancel(false);
            grace = null;
        }
        CallClient previous = client;
        if (previous != null && previous != connection) {
            previous.close(CloseCodes.REPLACED);
        }
        if (firstClient == null) {
            firstClient = connection;
        }
        client = connection;
        leg.onCallerAudio(frame -> {
            CallSession current = call;
            if (current != null) {
                current.acceptAudio(frame);
            }
        });
    }

    boolean resumedBy(CallClient connection) {
        return firstClient != connection;
    }

    /** The client's socket closed; it may come back within the grace period. */
    synchronized void detach(CallClient connection, String reason) {
        if (client == connection && !finished.get()) {
            client = null;
            grace = graceTimer.start(this, reason);
        }
    }

    boolean attached() {
        return client != null;
    }

    void playbackStarted(long turnId) {
        CallSession current = call;
        if (current != null) {
            current.reportPlaybackStarted(turnId, current.clockNanos());
        }
    }

    @Override
    public void play(long turnId, PcmFrame frame) {
        CallClient current = client;
        if (current != null && current.leg() != null) {
            if (turnId != lastPlayedTurn) {
                lastPlayedTurn = turnId;
                current.turnAudioStarting(turnId);
            }
            current.leg().sendAgentAudio(frame);
        }
    }


    /** The agent was cut off: the transport drops what it still holds (carriers and browsers buffer audio). */
    @Override
    public void flush(long turnId) {
        CallClient current = client;
        if (current != null && current.leg() != null) {
            current.leg().flushAgentAudio();
        }
    }

    @Override
    public void onEvent(SessionEvent event) {
        switch (event) {
            case SessionEvent.TurnTimelineReady ready -> {
                CallSession current = call;
                if (!ready.timeline().has(TimelineMark.CLIENT_PLAYBACK_START) && current != null) {
                    turns.incrementAndGet();
                    traces.record(grant.sessionId(), grant.deploymentId(), ready.timeline(), ready.overBudget(),
                            current.clockNanos(), Instant.now());
                }
                metrics.record(grant.deploymentId(), ready);
            }
            case SessionEvent.InterruptionDecided d when d.outcome() == InterruptionOutcome.INTERRUPTED ->
                    interruptions.incrementAndGet();
            case SessionEvent.EngineError ignored -> errors.incrementAndGet();
            // The call may end itself (e.g. a hand-off); ending twice is harmless.
            case SessionEvent.SessionEnded ended -> finishAsync(SessionOutcome.COMPLETED, ended.reason());
            default -> { }
        }
        int n = seq.incrementAndGet();
        ObjectNode node = json.node(event);
        node.put("seq", n);
        String text = node.toString();
        CallClient current = client;
        if (current != null) {
            current.sendEvent(text);
        }
        log.event(grant.workspaceId(), grant.sessionId(), n, event.type(), turnIdOf(event), text);
    }

    /** True once the call is ending or over: its legs close because Parley closes them, not because media was lost. */
    boolean isFinished() {
        return finished.get();
    }

    /** Ends the call off the caller's thread (closing waits for the call's own thread). */
    void finishAsync(SessionOutcome outcome, String reason) {
        Thread.ofVirtual().name("parley-end-" + grant.sessionId()).start(() -> finish(outcome, reason));
    }

    void finish(SessionOutcome finalOutcome, String reason) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        this.outcome = finalOutcome;
        this.endReason = reason;
        CallSession current = call;
        if (current != null) {
            current.close();
        }
        log.ended(grant.workspaceId(), grant.sessionId(), outcome, endReason,
                new CallStats(turns.get(), interruptions.get(), errors.get()));
        CallClient attachedClient = client;
        if (attachedClient != null) {
            if (attachedClient.leg() != null) {
                attachedClient.leg().close();
            }
            attachedClient.close(CloseCodes.ended(endReason));
        }
        onFinished.accept(this);
    }

    private static Long turnIdOf(SessionEvent event) {
        return switch (event) {
            case SessionEvent.AgentTextGenerated e -> e.turnId();
            case SessionEvent.AgentTextSpoken e -> e.turnId();
            case SessionEvent.InterruptionDecided e -> e.turnId();
            case SessionEvent.ToolCalled e -> e.turnId();
            case SessionEvent.TurnTimelineReady e -> e.timeline().turnId();
            default -> null;
        };
    }
}
