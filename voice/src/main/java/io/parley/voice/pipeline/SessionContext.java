package io.parley.voice.pipeline;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.pipeline.actor.Mailbox;
import io.parley.voice.pipeline.clock.SessionClock;
import io.parley.voice.pipeline.event.AgentState;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.pipeline.event.SessionListener;
import io.parley.voice.pipeline.frame.Frame;
import io.parley.voice.pipeline.frame.SystemFrame;
import io.parley.voice.recovery.RecoveryPolicy;
import io.parley.voice.settings.RealtimeSettings;

import java.time.Duration;

/** What the parts of one session share: configuration, engines, clock, mailbox, and the way out for events. */
final class SessionContext {

    /** An engine thread waits this long for room in a full mailbox before its frame is dropped and counted. */
    private static final Duration ENGINE_POST_WAIT = Duration.ofSeconds(2);

    final AgentConfig agent;
    final RealtimeSettings settings;
    final RecoveryPolicy recovery;
    final SessionEngines engines;
    final SessionClock clock;
    final Mailbox mailbox;
    final Conversation conversation;
    private final SessionListener listener;
    private final long startNanos;
    private AgentState state;

    /** Index of the engine in use per stage; once a fallback takes over it keeps the call. */
    int sttEngine;
    int llmEngine;
    int ttsEngine;

    SessionContext(AgentConfig agent, RealtimeSettings settings, RecoveryPolicy recovery, SessionEngines engines,
                   SessionClock clock, Mailbox mailbox, SessionListener listener) {
        this.agent = agent;
        this.settings = settings;
        this.recovery = recovery;
        this.engines = engines;
        this.clock = clock;
        this.mailbox = mailbox;
        this.listener = listener;
        this.conversation = new Conversation(agent.instructions());
        this.startNanos = clock.nanoTime();
    }

    long now() {
        return clock.nanoTime();
    }

    long startNanos() {
        return startNanos;
    }

    long atMs() {
        return (clock.nanoTime() - startNanos) / 1_000_000L;
    }

    void emit(SessionEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            // A broken observer must not break the call.
            System.getLogger(SessionContext.class.getName()).log(System.Logger.Level.WARNING, "listener failed", e);
        }
    }

    void state(AgentState next) {
        if (state != next) {
            state = next;
            emit(new SessionEvent.AgentStateChanged(atMs(), next));
        }
    }

    /** Posts an engine callback, with back-pressure on the engine's thread. */
    void fromEngine(Frame frame) {
        mailbox.put(frame, ENGINE_POST_WAIT);
    }

    /** Arms a timer that posts {@code frame} after {@code delayMs}. */
    SessionClock.Cancellable timer(long delayMs, SystemFrame.TimerFired frame) {
        return clock.schedule(delayMs, () -> mailbox.offer(frame));
    }

    void error(String stage, String engine, Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        emit(new SessionEvent.EngineError(atMs(), stage, engine, message));
    }

    void fallback(String stage, String from, String to, String reason) {
        emit(new SessionEvent.Fallback(atMs(), stage, from, to, reason));
    }
}
