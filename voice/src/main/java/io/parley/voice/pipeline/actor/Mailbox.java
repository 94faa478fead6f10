package io.parley.voice.pipeline.actor;

import io.parley.voice.pipeline.frame.DataFrame;
import io.parley.voice.pipeline.frame.Frame;
import io.parley.voice.pipeline.frame.SystemFrame;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A session's inbox with two lanes: system frames (interruption, cancel, timers) are taken before any data frame,
 * and data frames wait in a bounded queue. Frames the owner posts to itself while handling a frame go to a local
 * lane handled next, so the owner never blocks on its own full queue.
 */
public final class Mailbox {

    private final int dataCapacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final Condition idle = lock.newCondition();
    private final ArrayDeque<SystemFrame> system = new ArrayDeque<>();
    private final ArrayDeque<DataFrame> data;
    private final ArrayDeque<Frame> local = new ArrayDeque<>();
    private final AtomicLong dropped = new AtomicLong();
    private volatile Thread owner;
    private boolean busy;
    private int dispatches;
    private boolean closed;

    public Mailbox(int dataCapacity) {
        this.dataCapacity = dataCapacity;
        this.data = new ArrayDeque<>(dataCapacity);
    }

    /** Called once by the thread that will {@link #take()}. */
    public void bindOwner(Thread thread) {
        owner = thread;
    }

    /** Posts without blocking; a data frame that finds the queue full is dropped and counted. */
    public boolean offer(Frame frame) {
        return post(frame, 0);
    }

    /** Posts, waiting up to {@code timeout} for room (engine threads: back-pressure instead of loss). */
    public boolean put(Frame frame, Duration timeout) {
        return post(frame, timeout.toNanos());
    }

    private boolean post(Frame frame, long waitNanos) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            if (Thread.currentThread() == owner) {
                local.addLast(frame);
            } else if (frame instanceof SystemFrame s) {
                system.addLast(s);
            } else {
                DataFrame d = (DataFrame) frame;
                long remaining = waitNanos;
                while (data.size() >= dataCapacity) {
                    if (remaining <= 0 || closed) {
                        dropped.incrementAndGet();
                        return false;
                    }
                    remaining = notFull.awaitNanos(remaining);
                }
                data.addLast(d);
            }
            notEmpty.signal();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Next frame: local lane first, then system, then data; blocks while empty. Null once closed. */
    public Frame take() throws InterruptedException {
        lock.lock();
        try {
            busy = false;
            while (true) {
                if (closed) {
                    return null;
                }
                Frame next = local.pollFirst();
                if (next == null) {
                    next = system.pollFirst();
                }
                if (next == null) {
                    next = data.pollFirst();
                    if (next != null) {
                        notFull.signal();
                    }
                }
                if (next != null) {
                    busy = true;
                    return next;
                }
                idle.signalAll();
                notEmpty.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Marks work started on another thread on the owner's behalf (an engine call being placed). */
    public void dispatchStarted() {
        lock.lock();
        try {
            dispatches++;
        } finally {
            lock.unlock();
        }
    }

    public void dispatchEnded() {
        lock.lock();
        try {
            dispatches--;
            if (isIdle()) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until every posted frame has been handled and no engine call is being placed. Simulated-time
     * drivers call this between clock steps so each step sees the effects of the last.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (!isIdle() && !closed) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = idle.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private boolean isIdle() {
        return !busy && dispatches == 0 && local.isEmpty() && system.isEmpty() && data.isEmpty();
    }

    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
            idle.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Data frames lost to a full queue since the session started. */
    public long dropped() {
        return dropped.get();
    }

    public int queued() {
        lock.lock();
        try {
            return data.size();
        } finally {
            lock.unlock();
        }
    }

}
