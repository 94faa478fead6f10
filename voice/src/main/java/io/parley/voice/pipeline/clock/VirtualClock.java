package io.parley.voice.pipeline.clock;

import java.util.PriorityQueue;

/**
 * Simulated time: nothing moves until {@link #advance} is called, and then every task due in that span runs in
 * time order on the caller's thread. Tests and the simulator use it to run calls faster than real time with
 * exact, repeatable timing.
 */
public final class VirtualClock implements SessionClock {

    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private long nowNanos;
    private long sequence;

    @Override
    public synchronized long nanoTime() {
        return nowNanos;
    }

    @Override
    public synchronized Cancellable schedule(long delayMs, Runnable task) {
        Task t = new Task(nowNanos + Math.max(0, delayMs) * 1_000_000L, 0, task, sequence++);
        tasks.add(t);
        return t::cancel;
    }

    @Override
    public synchronized Cancellable scheduleAtFixedRate(long periodMs, Runnable task) {
        if (periodMs <= 0) {
            throw new IllegalArgumentException("period must be positive");
        }
        Task t = new Task(nowNanos + periodMs * 1_000_000L, periodMs * 1_000_000L, task, sequence++);
        tasks.add(t);
        return t::cancel;
    }

    /** Moves time forward by {@code ms}, running each task when its instant is reached. */
    public void advance(long ms) {
        long target;
        synchronized (this) {
            target = nowNanos + ms * 1_000_000L;
        }
        while (true) {
            Task due;
            synchronized (this) {
                Task head = tasks.peek();
                if (head == null || head.at > target) {
                    nowNanos = target;
                    return;
                }
                due = tasks.poll();
                if (due.origin.cancelled) {
                    continue;
                }
                nowNanos = Math.max(nowNanos, due.at);
                if (due.period > 0) {
                    tasks.add(new Task(due.at + due.period, due.period, due.action, sequence++, due));
                }
            }
            // Outside the lock: a task may schedule more work on this clock.
            due.action.run();
        }
    }

    private static final class Task implements Comparable<Task> {
        final long at;
        final long period;
        final Runnable action;
        final long seq;
        /** A periodic task's later runs share the first run's cancellation flag. */
        final Task origin;
        volatile boolean cancelled;

        Task(long at, long period, Runnable action, long seq) {
            this(at, period, action, seq, null);
        }

        Task(long at, long period, Runnable action, long seq, Task origin) {
            this.at = at;
            this.period = period;
            this.action = action;
            this.seq = seq;
            this.origin = origin == null ? this : origin.origin;
        }

        void cancel() {
            origin.cancelled = true;
        }

        @Override
        public int compareTo(Task o) {
            int c = Long.compare(at, o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
