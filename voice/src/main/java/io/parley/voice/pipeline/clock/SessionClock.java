package io.parley.voice.pipeline.clock;

/**
 * The time a call session lives in. Production sessions use {@link #system()}; tests and the simulator use a
 * {@link VirtualClock} so a call of minutes runs in milliseconds and every timer fires at an exact instant.
 */
public interface SessionClock {

    /** Monotonic time in nanoseconds; only differences are meaningful. */
    long nanoTime();

    default long millis() {
        return nanoTime() / 1_000_000L;
    }

    /** Runs {@code task} once after {@code delayMs}; the task must only hand work to its owner (post a frame). */
    Cancellable schedule(long delayMs, Runnable task);

    /** Runs {@code task} every {@code periodMs}, first after one period. */
    Cancellable scheduleAtFixedRate(long periodMs, Runnable task);

    /** Wall-clock time backed by one shared scheduler thread. */
    static SessionClock system() {
        return SystemClock.INSTANCE;
    }

    /** A scheduled task that can be called off. */
    @FunctionalInterface
    interface Cancellable {
        Cancellable NONE = () -> { };

        void cancel();
    }
}
