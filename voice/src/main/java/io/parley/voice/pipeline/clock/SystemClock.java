package io.parley.voice.pipeline.clock;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Real time. One daemon scheduler thread serves every session on the node: its tasks only post frames into
 * session mailboxes, so it never does real work and never blocks.
 */
final class SystemClock implements SessionClock {

    static final SystemClock INSTANCE = new SystemClock();

    private final ScheduledThreadPoolExecutor scheduler;

    private SystemClock() {
        scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "parley-session-clock");
            thread.setDaemon(true);
            return thread;
        });
        // Cancelled deadlines are the common case (most engine calls answer in time): drop them at once.
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Cancellable schedule(long delayMs, Runnable task) {
        ScheduledFuture<?> future = scheduler.schedule(guarded(task), Math.max(0, delayMs), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public Cancellable scheduleAtFixedRate(long periodMs, Runnable task) {
        ScheduledFuture<?> future = scheduler.scheduleAtFixedRate(guarded(task), periodMs, periodMs,
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    /** A throwing task would silently stop a periodic schedule; the scheduler must outlive any session's bug. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                System.getLogger(SystemClock.class.getName()).log(System.Logger.Level.WARNING, "clock task failed", e);
            }
        };
    }
}
