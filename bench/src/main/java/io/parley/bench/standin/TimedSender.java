package io.parley.bench.standin;

import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * Sends a connection's messages at their due times, strictly in the order they were queued when due together (a
 * final result before the {@code Metadata} that follows it), from one virtual thread per connection, so a slow
 * client delays only its own messages.
 */
final class TimedSender {

    private final DelayQueue<Due> queue = new DelayQueue<>();
    private final Thread thread;
    private long seq;

    TimedSender(String name) {
        thread = Thread.ofVirtual().name(name).start(this::run);
    }

    /** Runs {@code send} no earlier than {@code dueNanos} ({@link System#nanoTime()}) and after everything queued before. */
    synchronized void at(long dueNanos, Runnable send) {
        queue.add(new Due(dueNanos, seq++, send));
    }

    void stop() {
        thread.interrupt();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                queue.take().send.run();
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }

    private record Due(long dueNanos, long seq, Runnable send) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Due o = (Due) other;
            int byTime = Long.compare(dueNanos, o.dueNanos);
            return byTime != 0 ? byTime : Long.compare(seq, o.seq);
        }
    }
}
