package io.parley.voice.pipeline;

import io.parley.voice.pipeline.clock.VirtualClock;

import java.time.Duration;

/**
 * Drives a session in simulated time, 20 ms at a time: advance the clock (timers and the pacer's beat fire),
 * hand in one caller frame, wait until the session and any engine call it placed have settled. Used by the
 * simulator's fast mode and by tests; a minute of call runs in well under a second with instant engines.
 */
public final class SteppedCall implements AutoCloseable {

    private static final int FRAME = 320;

    private final VirtualClock clock;
    private final CallSession session;
    private final Duration settleTimeout;
    private java.util.function.BooleanSupplier enginesBusy = () -> false;

    /** Builds the session on a fresh virtual clock and starts it. */
    public static SteppedCall start(CallSession.Builder builder, VirtualClock clock, Duration settleTimeout) {
        CallSession session = builder.clock(clock).build();
        SteppedCall call = new SteppedCall(clock, session, settleTimeout);
        session.start();
        call.settle();
        return call;
    }

    private SteppedCall(VirtualClock clock, CallSession session, Duration settleTimeout) {
        this.clock = clock;
        this.session = session;
        this.settleTimeout = settleTimeout;
    }

    /**
     * Lets simulated time follow the wall clock while {@code busy} holds (a real engine is working), so engine
     * latency appears in the call as it would live; time skips ahead only while nothing is in progress.
     */
    public SteppedCall followWallClockWhile(java.util.function.BooleanSupplier busy) {
        this.enginesBusy = busy;
        return this;
    }

    /** One 20 ms step with the given caller frame (320 samples at 16 kHz). */
    public void step(short[] frame) {
        long wallStart = System.nanoTime();
        clock.advance(20);
        settle();
        session.acceptAudio(frame);
        settle();
        while (enginesBusy.getAsBoolean() && System.nanoTime() - wallStart < 20_000_000L) {
            java.util.concurrent.locks.LockSupport.parkNanos(500_000L);
        }
        settle();
    }

    /** Feeds caller audio of any length, 20 ms per step (the last frame zero-padded). */
    public void feed(short[] pcm16k) {
        for (int off = 0; off < pcm16k.length; off += FRAME) {
            short[] frame = new short[FRAME];
            System.arraycopy(pcm16k, off, frame, 0, Math.min(FRAME, pcm16k.length - off));
            step(frame);
        }
    }

    /** Caller silence for {@code ms}. */
    public void silence(long ms) {
        for (long t = 0; t < ms; t += 20) {
            step(new short[FRAME]);
        }
    }

    /** Milliseconds of simulated time since the clock's origin. */
    public long nowMs() {
        return clock.millis();
    }

    public CallSession session() {
        return session;
    }

    private void settle() {
        try {
            session.awaitIdle(settleTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
