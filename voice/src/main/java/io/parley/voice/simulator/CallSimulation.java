package io.parley.voice.simulator;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.pipeline.CallSession;
import io.parley.voice.pipeline.SessionEngines;
import io.parley.voice.pipeline.SteppedCall;
import io.parley.voice.pipeline.clock.SessionClock;
import io.parley.voice.pipeline.clock.VirtualClock;
import io.parley.voice.pipeline.event.AgentState;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.settings.RealtimeSettings;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Plays a caller's recording into a session as a live call would: the caller's audio keeps flowing in 20 ms
 * frames whatever the agent does (the agent's voice is not in it), and the agent's paced audio is placed on its
 * own track at the instant it was sent. After the recording ends the line stays open, silent, until the agent
 * has finished (bounded by {@code tailMs}).
 */
public final class CallSimulation {

    private static final int RATE = 16_000;
    private static final int FRAME = 320;
    /** The agent counts as finished once it has been listening and quiet this long. */
    private static final long SETTLED_MS = 1500;

    /**
     * @param realTime pace frames by the wall clock (true) or run on simulated time as fast as engines allow
     * @param tailMs   longest wait after the recording ends
     */
    public record Options(boolean realTime, long tailMs) {
        public static Options fast() {
            return new Options(false, 20_000);
        }
    }

    /** What happened: every event, and both sides of the call at 16 kHz, aligned sample for sample. */
    public record Result(List<SessionEvent> events, short[] caller, short[] agent, long durationMs) {
        public int sampleRate() {
            return RATE;
        }
    }

    private CallSimulation() {
    }

    public static Result run(AgentConfig agent, RealtimeSettings settings, SessionEngines engines, short[] caller16k,
                             Options options, Consumer<SessionEvent> onEvent, BooleanSupplier enginesBusy) {
        return run(agent, settings, engines, caller16k, options, options.realTime() ? null : new VirtualClock(),
                onEvent, enginesBusy);
    }

    /** As above, on a given simulated clock (engines that schedule on it must share it); null for real time. */
    public static Result run(AgentConfig agent, RealtimeSettings settings, SessionEngines engines, short[] caller16k,
                             Options options, VirtualClock virtualClock, Consumer<SessionEvent> onEvent,
                             BooleanSupplier enginesBusy) {
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        AgentTrack track = new AgentTrack(RATE);
        AtomicLong lastAudioMs = new AtomicLong(-1);
        SessionClock clock = options.realTime() ? SessionClock.system() : virtualClock;
        long origin = clock.nanoTime();
        CallSession.Builder builder = CallSession.builder(agent, settings, engines)
                .listener(e -> {
                    events.add(e);
                    onEvent.accept(e);
                })
                .audioOutput((turnId, frame) -> {
                    long atMs = (clock.nanoTime() - origin) / 1_000_000L;
                    track.add(atMs, frame.samples(), frame.sampleRate());
                    lastAudioMs.set(atMs);
                });
        Feeder feeder = options.realTime()
                ? new RealTimeFeeder(builder.clock(clock).build())
                : new SteppedFeeder(SteppedCall.start(builder, (VirtualClock) clock, Duration.ofSeconds(30))
                        .followWallClockWhile(enginesBusy));
        if (options.realTime()) {
            ((RealTimeFeeder) feeder).session.start();
        }
        try {
            for (int off = 0; off < caller16k.length; off += FRAME) {
                short[] frame = new short[FRAME];
                System.arraycopy(caller16k, off, frame, 0, Math.min(FRAME, caller16k.length - off));
                feeder.feed(frame);
            }
            long endOfRecording = feeder.nowMs(clock, origin);
            while (feeder.nowMs(clock, origin) - endOfRecording < options.tailMs()
                    && !settled(events, lastAudioMs.get(), feeder.nowMs(clock, origin))) {
                feeder.feed(new short[FRAME]);
            }
        } finally {
            feeder.close();
        }
        long durationMs = feeder.nowMs(clock, origin);
        int total = (int) (durationMs * RATE / 1000);
        short[] callerTrack = java.util.Arrays.copyOf(caller16k, Math.max(total, caller16k.length));
        short[] agentTrack = track.samples(callerTrack.length);
        if (agentTrack.length > callerTrack.length) {
            callerTrack = java.util.Arrays.copyOf(callerTrack, agentTrack.length);
        }
        return new Result(List.copyOf(events), callerTrack, agentTrack, durationMs);
    }

    private static boolean settled(List<SessionEvent> events, long lastAudioMs, long nowMs) {
        SessionEvent.AgentStateChanged last = null;
        for (SessionEvent e : events) {
            if (e instanceof SessionEvent.AgentStateChanged s) {
                last = s;
            }
        }
        return last != null && last.state() == AgentState.LISTENING && nowMs - last.atMs() >= SETTLED_MS
                && nowMs - Math.max(lastAudioMs, 0) >= SETTLED_MS;
    }

    /** Interleaves caller (left) and agent (right) for listening to both sides at once. */
    public static short[] stereo(Result result) {
        short[] out = new short[result.caller().length * 2];
        for (int i = 0; i < result.caller().length; i++) {
            out[2 * i] = result.caller()[i];
            out[2 * i + 1] = i < result.agent().length ? result.agent()[i] : 0;
        }
        return out;
    }

    private interface Feeder extends AutoCloseable {
        void feed(short[] frame);

        long nowMs(SessionClock clock, long origin);

        @Override
        void close();
    }

    private record SteppedFeeder(SteppedCall call) implements Feeder {
        public void feed(short[] frame) { call.step(frame); }
        public long nowMs(SessionClock clock, long origin) { return (clock.nanoTime() - origin) / 1_000_000L; }
        public void close() { call.close(); }
    }

    private static final class RealTimeFeeder implements Feeder {
        final CallSession session;
        private long next = -1;

        RealTimeFeeder(CallSession session) {
            this.session = session;
        }

        public void feed(short[] frame) {
            if (next < 0) {
                next = System.nanoTime();
            }
            next += 20_000_000L;
            long wait;
            while ((wait = next - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            session.acceptAudio(frame);
        }

        public long nowMs(SessionClock clock, long origin) { return (clock.nanoTime() - origin) / 1_000_000L; }

        public void close() { session.close(); }
    }
}
