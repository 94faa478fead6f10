package io.parley.app.interactionlog;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one ordered path of the log: a bounded in-memory queue in front of the spool. It keeps one invariant: every
 * entry in the spool precedes every entry in the queue, and while the spool holds anything the log is
 * <em>spooling</em>, so the writer sends the queue behind it instead of straight to the database.
 *
 * <p>Two locks: {@code queueLock} guards the queue and is held only for memory work (callers take it on every
 * submit); {@code spoolLock} guards the files and is held across disk writes. Whoever needs both takes the spool lock
 * first. The writer only <em>peeks</em> at a batch while it writes it; the batch leaves the queue once written, so a
 * caller that spills the queue meanwhile spools that batch too (a harmless duplicate, the writes are idempotent)
 * rather than overtaking it.
 */
final class SpillingQueue {

    private final ArrayDeque<LogEntry> queue = new ArrayDeque<>();
    private final ReentrantLock queueLock = new ReentrantLock();
    private final Condition queued = queueLock.newCondition();
    // Fair: callers spilling a full queue are served in turn, none starves behind the others' disk writes.
    private final ReentrantLock spoolLock = new ReentrantLock(true);
    private final Spool spool;
    private final int capacity;
    private final int batchSize;
    private boolean spooling;
    private boolean closed;
    private boolean stopWaiting;
    private long firstQueuedNanos;

    SpillingQueue(Spool spool, int capacity, int batchSize) {
        this.spool = spool;
        this.capacity = capacity;
        this.batchSize = batchSize;
        this.spooling = !spool.isEmpty();
    }

    /** Queues the entry if there is room and the queue is open; {@code false} means: spill it. */
    boolean offer(LogEntry entry) {
        queueLock.lock();
        try {
            if (closed || queue.size() >= capacity) {
                return false;
            }
            queue.addLast(entry);
            if (queue.size() == 1) {
                firstQueuedNanos = System.nanoTime();
                queued.signal();
            } else if (queue.size() == batchSize) {
                queued.signal();
            }
            return true;
        } finally {
            queueLock.unlock();
        }
    }

    /**
     * Moves everything queued, then {@code entry}, to the spool, on the caller's thread. Returns the number of entries
     * spooled; throws when the spool lock was not had within {@code timeout} or the disk refused, in which case
     * nothing moved.
     */
    int spill(LogEntry entry, Duration timeout) throws IOException, InterruptedException {
        if (!spoolLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new IOException("spool busy for longer than " + timeout);
        }
        try {
            List<LogEntry> moved = takeAll(true);
            moved.add(entry);
            appendOrRestore(moved.subList(0, moved.size() - 1), moved);
            return moved.size();
        } finally {
            spoolLock.unlock();
        }
    }

    /** Keeps an entry in memory past the queue's capacity (the spool could not take it); false when even that is full. */
    boolean overflow(LogEntry entry) {
        queueLock.lock();
        try {
            if (closed || queue.size() >= 2 * capacity) {
                return false;
            }
            queue.addLast(entry);
            queued.signal();
            return true;
        } finally {
            queueLock.unlock();
        }
    }

    /**
     * Waits until a batch is due: {@code batchSize} entries queued, the oldest one waiting {@code flushInterval}, the
     * {@code deadlineNanos} reached, or shutdown ({@link #stopWaiting()}).
     */
    void awaitBatch(Duration flushInterval, long deadlineNanos) throws InterruptedException {
        queueLock.lock();
        try {
            long flush = flushInterval.toNanos();
            while (!stopWaiting) {
                long now = System.nanoTime();
                if (queue.size() >= batchSize || now - deadlineNanos >= 0) {
                    return;
                }
                long wait = deadlineNanos - now;
                if (!queue.isEmpty()) {
                    long due = firstQueuedNanos + flush - now;
                    if (due <= 0) {
                        return;
                    }
                    wait = Math.min(wait, due);
                }
                queued.awaitNanos(wait);
            }
        } finally {
            queueLock.unlock();
        }
    }

    /** Waits {@code duration} (after a disk failure), or less if shutdown starts. */
    void pause(Duration duration) throws InterruptedException {
        queueLock.lock();
        try {
            long remaining = duration.toNanos();
            while (!stopWaiting && remaining > 0) {
                remaining = queued.awaitNanos(remaining);
            }
        } finally {
            queueLock.unlock();
        }
    }

    /** Shutdown: the writer no longer waits for batches to fill. */
    void stopWaiting() {
        queueLock.lock();
        try {
            stopWaiting = true;
            queued.signalAll();
        } finally {
            queueLock.unlock();
        }
    }

    /** Up to a batch from the head, left in the queue until {@link #written}; empty while spooling. */
    List<LogEntry> peekBatch() {
        queueLock.lock();
        try {
            if (spooling) {
                return List.of();
            }
            List<LogEntry> batch = new ArrayList<>(Math.min(batchSize, queue.size()));
            Iterator<LogEntry> it = queue.iterator();
            while (batch.size() < batchSize && it.hasNext()) {
                batch.add(it.next());
            }
            return batch;
        } finally {
            queueLock.unlock();
        }
    }

    /** The peeked batch is in the database: drop it from the queue (unless a spill already took it). */
    void written(List<LogEntry> batch) {
        queueLock.lock();
        try {
            removeIfHead(batch);
        } finally {
            queueLock.unlock();
        }
    }

    /** The peeked batch could not be written: it goes to the spool, and the log is spooling from now on. */
    int spoolFailed(List<LogEntry> batch) throws IOException {
        spoolLock.lock();
        try {
            List<LogEntry> moved;
            queueLock.lock();
            try {
                spooling = true;
                moved = removeIfHead(batch) ? new ArrayList<>(batch) : List.of();
            } finally {
                queueLock.unlock();
            }
            appendOrRestore(List.copyOf(moved), moved);
            return moved.size();
        } finally {
            spoolLock.unlock();
        }
    }

    /** While spooling: everything queued goes behind the spool. */
    int spoolQueued() throws IOException {
        spoolLock.lock();
        try {
            List<LogEntry> moved = takeAll(false);
            appendOrRestore(List.copyOf(moved), moved);
            return moved.size();
        } finally {
            spoolLock.unlock();
        }
    }

    /** Seals the segment being appended to and lists the segments to replay, oldest first. */
    List<Path> sealForReplay() throws IOException {
        spoolLock.lock();
        try {
            spool.seal();
            return spool.sealedSegments();
        } finally {
            spoolLock.unlock();
        }
    }

    void replayed(Path segment) throws IOException {
        spoolLock.lock();
        try {
            spool.delete(segment);
        } finally {
            spoolLock.unlock();
        }
    }

    /** Stops spooling if the spool is empty (nobody spilled during the replay); true when the log is direct again. */
    boolean leaveSpoolingIfEmpty() {
        spoolLock.lock();
        try {
            queueLock.lock();
            try {
                if (spool.isEmpty()) {
                    spooling = false;
                }
                return !spooling;
            } finally {
                queueLock.unlock();
            }
        } finally {
            spoolLock.unlock();
        }
    }

    void setAside(List<String> lines) throws IOException {
        spoolLock.lock();
        try {
            spool.setAside(lines);
        } finally {
            spoolLock.unlock();
        }
    }

    /**
     * From now on every entry goes straight to the spool; whatever is queued goes there now (and stays queued, to be
     * counted as lost, if the disk refuses).
     */
    int close() throws IOException {
        spoolLock.lock();
        try {
            List<LogEntry> moved;
            queueLock.lock();
            try {
                closed = true;
                moved = new ArrayList<>(queue);
                queue.clear();
            } finally {
                queueLock.unlock();
            }
            appendOrRestore(moved, moved);
            spool.seal();
            return moved.size();
        } finally {
            spoolLock.unlock();
        }
    }

    boolean spooling() {
        queueLock.lock();
        try {
            return spooling;
        } finally {
            queueLock.unlock();
        }
    }

    int depth() {
        queueLock.lock();
        try {
            return queue.size();
        } finally {
            queueLock.unlock();
        }
    }

    boolean isEmpty() {
        return depth() == 0;
    }

    private List<LogEntry> takeAll(boolean startSpooling) {
        queueLock.lock();
        try {
            List<LogEntry> all = new ArrayList<>(queue);
            queue.clear();
            if (startSpooling && !closed) {
                spooling = true;
            }
            return all;
        } finally {
            queueLock.unlock();
        }
    }

    /** Appends {@code entries} to the spool; on a disk failure puts {@code restore} back at the head of the queue. */
    private void appendOrRestore(List<LogEntry> restore, List<LogEntry> entries) throws IOException {
        try {
            spool.append(entries);
        } catch (IOException e) {
            queueLock.lock();
            try {
                for (int i = restore.size() - 1; i >= 0; i--) {
                    queue.addFirst(restore.get(i));
                }
            } finally {
                queueLock.unlock();
            }
            throw e;
        }
    }

    private boolean removeIfHead(List<LogEntry> batch) {
        if (batch.isEmpty() || queue.peekFirst() != batch.getFirst()) {
            return false;
        }
        for (int i = 0; i < batch.size(); i++) {
            queue.pollFirst();
        }
        return true;
    }
}
