package io.parley.voice.pipeline;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.audio.PcmFrame;
import io.parley.voice.pipeline.actor.Mailbox;
import io.parley.voice.pipeline.clock.SessionClock;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.pipeline.event.SessionListener;
import io.parley.voice.pipeline.frame.DataFrame;
import io.parley.voice.pipeline.frame.Frame;
import io.parley.voice.pipeline.frame.SystemFrame;
import io.parley.voice.pipeline.spi.NormalizingTextStage;
import io.parley.voice.pipeline.spi.StandardInterruptionPolicy;
import io.parley.voice.pipeline.spi.StandardTurnDetector;
import io.parley.voice.pipeline.spi.InterruptionPolicy;
import io.parley.voice.pipeline.spi.ReplyTextStage;
import io.parley.voice.pipeline.spi.TurnDetector;
import io.parley.voice.recovery.RecoveryPolicy;
import io.parley.voice.settings.RealtimeSettings;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One live call. An actor: a virtual thread takes frames from a bounded mailbox and is the only thread that
 * touches the call's state. Media planes feed 20 ms caller frames with {@link #acceptAudio}; engines answer
 * through the mailbox; paced agent audio leaves through {@link AudioOutput} and everything observable through
 * {@link SessionListener}.
 *
 * <pre>{@code
 * CallSession call = CallSession.builder(agent, settings, engines)
 *         .audioOutput((turnId, frame) -> plane.send(frame))
 *         .listener(events::publish)
 *         .build();
 * call.start();                      // speaks the greeting
 * plane.onFrame(call::acceptAudio);  // 20 ms, 16 kHz mono
 * call.close();                      // hang up
 * }</pre>
 */
public final class CallSession implements AutoCloseable {

    private static final int DEFAULT_MAILBOX = 512;

    private final SessionContext ctx;
    private final SessionCore core;
    private final Mailbox mailbox;
    private final String name;
    private final AtomicBoolean tickPending = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private SessionClock.Cancellable ticker = SessionClock.Cancellable.NONE;
    private Thread thread;

    private CallSession(Builder b) {
        this.mailbox = new Mailbox(b.mailboxCapacity);
        this.ctx = new SessionContext(b.agent, b.settings, b.recovery, b.engines, b.clock, mailbox, b.listener);
        ToolDispatcher tools = new ToolDispatcher(ctx, b.tools, Math.max(1000, b.recovery.llm().deadlineMs()));
        ReplyDriver reply = new ReplyDriver(ctx, b.output, b.textStages);
        ReplyModel model = new ReplyModel(ctx, reply, b.textStages, tools);
        this.core = new SessionCore(ctx, reply, model, b.turnDetector, b.policy);
        this.name = b.agent.name();
    }

    public static Builder builder(AgentConfig agent, RealtimeSettings settings, SessionEngines engines) {
        return new Builder(agent, settings, engines);
    }

    /** Starts the call's thread and its 20 ms beat, and speaks the greeting if the agent has one. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("session already started");
        }
        thread = Thread.ofVirtual().name("parley-call-" + name).unstarted(this::run);
        mailbox.bindOwner(thread);
        thread.start();
        ticker = ctx.clock.scheduleAtFixedRate(20, () -> {
            if (tickPending.compareAndSet(false, true)) {
                mailbox.offer(new SystemFrame.Tick());
            }
        });
    }

    private void run() {
        // The greeting runs on the call's own thread like everything else.
        safely(core::start);
        while (!core.ended()) {
            Frame frame;
            try {
                frame = mailbox.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (frame == null) {
                break;
            }
            if (frame instanceof SystemFrame.Tick) {
                tickPending.set(false);
            }
            safely(() -> core.handle(frame));
        }
        ticker.cancel();
        mailbox.close();
    }

    private void safely(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | AssertionError e) {
            // A bug in one frame's handling must not hang up the caller.
            ctx.emit(new SessionEvent.EngineError(ctx.atMs(), "session", "parley", String.valueOf(e)));
            System.getLogger(CallSession.class.getName()).log(System.Logger.Level.ERROR, "frame failed", e);
        }
    }

    /** Feeds 20 ms of caller audio (16 kHz mono PCM16). Never blocks; returns false if the frame was dropped. */
    public boolean acceptAudio(short[] pcm) {
        return mailbox.offer(new DataFrame.AudioIn(pcm));
    }

    public boolean acceptAudio(PcmFrame frame) {
        if (frame.sampleRate() != PcmFrame.ENGINE_RATE) {
            throw new IllegalArgumentException("caller audio must be 16 kHz, got " + frame.sampleRate());
        }
        return acceptAudio(frame.samples());
    }

    /** The client decided the caller interrupts (e.g. push-to-talk); skips queued frames. */
    public void interrupt(String reason) {
        mailbox.offer(new SystemFrame.Interruption(reason));
    }

    /** Stops the agent's current reply. */
    public void cancelReply(String reason) {
        mailbox.offer(new SystemFrame.Cancel(reason));
    }

    /** A client reports it started playing {@code turnId}'s audio, at the session clock's {@code nanos}. */
    public void reportPlaybackStarted(long turnId, long nanos) {
        mailbox.offer(new SystemFrame.PlaybackStarted(turnId, nanos));
    }

    /** The session clock's time when the call started: events' {@code atMs} and timeline marks count from it. */
    public long startNanos() {
        return ctx.startNanos();
    }

    /** The session clock's current time (for {@link #reportPlaybackStarted}). */
    public long clockNanos() {
        return ctx.clock.nanoTime();
    }

    /** Waits until every frame posted so far has been handled (simulated-time drivers step with this). */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return mailbox.awaitIdle(timeout);
    }

    /** Caller frames lost to a full mailbox. */
    public long droppedFrames() {
        return mailbox.dropped();
    }

    /** Hangs up: cancels every engine call, emits {@code session_ended}, and waits briefly for the thread. */
    @Override
    public void close() {
        if (!started.get()) {
            return;
        }
        mailbox.offer(new SystemFrame.EndSession("closed"));
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ticker.cancel();
        mailbox.close();
    }

    /** Assembles a session; engines are required, everything else has a default. */
    public static final class Builder {
        private final AgentConfig agent;
        private final RealtimeSettings settings;
        private final SessionEngines engines;
        private SessionClock clock = SessionClock.system();
        private AudioOutput output = AudioOutput.DISCARD;
        private SessionListener listener = SessionListener.NONE;
        private TurnDetector turnDetector;
        private InterruptionPolicy policy;
        private Supplier<ReplyTextStage> textStages = NormalizingTextStage::new;
        private RecoveryPolicy recovery;
        private ToolRunner tools;
        private int mailboxCapacity = DEFAULT_MAILBOX;

        private Builder(AgentConfig agent, RealtimeSettings settings, SessionEngines engines) {
            this.agent = Objects.requireNonNull(agent, "agent");
            this.settings = Objects.requireNonNull(settings, "settings");
            this.engines = Objects.requireNonNull(engines, "engines");
        }

        public Builder clock(SessionClock clock) { this.clock = clock; return this; }
        public Builder audioOutput(AudioOutput output) { this.output = output; return this; }
        public Builder listener(SessionListener listener) { this.listener = listener; return this; }
        public Builder turnDetector(TurnDetector detector) { this.turnDetector = detector; return this; }
        public Builder interruptionPolicy(InterruptionPolicy policy) { this.policy = policy; return this; }
        /** A fresh text stage (chunker + normaliser) per reply. */
        public Builder textStage(Supplier<ReplyTextStage> stages) { this.textStages = stages; return this; }
        public Builder recovery(RecoveryPolicy recovery) { this.recovery = recovery; return this; }
        public Builder tools(ToolRunner tools) { this.tools = tools; return this; }
        public Builder mailboxCapacity(int capacity) { this.mailboxCapacity = capacity; return this; }

        public CallSession build() {
            if (turnDetector == null) {
                turnDetector = new StandardTurnDetector(settings);
            }
            if (policy == null) {
                policy = new StandardInterruptionPolicy(settings);
            }
            if (recovery == null) {
                recovery = RecoveryPolicy.forSettings(settings);
            }
            return new CallSession(this);
        }
    }
}
