package io.parley.app.interactionlog;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the interaction log's one writer thread does: batches from the queue straight to the database while it
 * answers; on a failure, the batch and everything after it to the spool, and replays of the spool with exponential
 * backoff until the database takes all of it. See {@link InteractionLogWriter} for the guarantees.
 */
final class WriterLoop {

    private static final Logger log = LoggerFactory.getLogger(InteractionLogWriter.class);

    private final InteractionLogProperties props;
    private final Spool spool;
    private final SpillingQueue queue;
    private final BatchWriter batches;
    private final InteractionLogMetrics metrics;
    private volatile boolean running = true;
    private volatile Instant spoolingSince;
    private volatile String lastFailure;
    private Duration backoff;
    private long nextReplayNanos = System.nanoTime();

    WriterLoop(InteractionLogSink sink, InteractionLogProperties props, Spool spool, SpillingQueue queue,
               InteractionLogMetrics metrics) {
        this.props = props;
        this.spool = spool;
        this.queue = queue;
        this.metrics = metrics;
        this.batches = new BatchWriter(sink, this::setAside);
        this.backoff = props.retryInitialBackoff();
        if (!spool.isEmpty()) {
            spoolingSince = Instant.now();
            lastFailure = "spool left by a previous run";
        }
    }

    Instant spoolingSince() {
        return spoolingSince;
    }

    String lastFailure() {
        return lastFailure;
    }

    /** Ends the loop after its current step; what is queued then goes to the database within the shutdown timeout. */
    void stop() {
        running = false;
        queue.stopWaiting();
    }

    /** The thread's body: until {@link #stop()}, write or spool; then flush what is left. */
    void run() {
        while (running) {
            try {
                if (queue.spooling()) {
                    queue.awaitBatch(props.flushInterval(), nextReplayNanos);
                    metrics.spooled.increment(queue.spoolQueued());
                    if (System.nanoTime() - nextReplayNanos >= 0) {
                        replay();
                    }
                } else {
                    queue.awaitBatch(props.flushInterval(), System.nanoTime() + props.flushInterval().toNanos());
                    writeDirect();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                log.error("Interaction log spool failed; retrying after {}", backoff, e);
                nextReplayNanos = System.nanoTime() + backoff.toNanos();
                try {
                    queue.pause(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        finishOnStop();
    }

    private void writeDirect() throws IOException {
        List<LogEntry> batch = queue.peekBatch();
        if (batch.isEmpty()) {
            return;
        }
        try {
            batches.write(batch);
            queue.written(batch);
            metrics.written.increment(batch.size());
        } catch (SinkUnavailableException e) {
            metrics.spooled.increment(queue.spoolFailed(batch));
            markSpooling(e.getMessage());
            log.warn("Interaction log: PostgreSQL unreachable ({}); spooling to {}", e.getMessage(),
                    spool.directory());
            nextReplayNanos = System.nanoTime() + backoff.toNanos();
        }
    }

    /** Replays the spool into the database, oldest segment first; leaves spooling once it is empty. */
    private void replay() throws IOException {
        try {
            for (Path segment : queue.sealForReplay()) {
                metrics.replayed.increment(replaySegment(segment));
                queue.replayed(segment);
            }
        } catch (SinkUnavailableException e) {
            lastFailure = e.getMessage();
            backoff = min(backoff.multipliedBy(2), props.retryMaxBackoff());
            nextReplayNanos = System.nanoTime() + backoff.toNanos();
            log.debug("Interaction log: PostgreSQL still unreachable, next try in {}", backoff);
            return;
        }
        if (queue.leaveSpoolingIfEmpty()) {
            log.info("Interaction log: PostgreSQL is back, spool replayed after spooling since {}", spoolingSince);
            spoolingSince = null;
            lastFailure = null;
            backoff = props.retryInitialBackoff();
        }
    }

    private long replaySegment(Path segment) throws IOException, SinkUnavailableException {
        long count = 0;
        try (BufferedReader reader = spool.read(segment)) {
            List<LogEntry> batch = new ArrayList<>(props.batchSize());
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    batch.add(SpoolCodec.decode(line));
                } catch (IllegalArgumentException e) {
                    setAsideLines(List.of(line), e.getMessage());
                }
                if (batch.size() == props.batchSize()) {
                    batches.write(batch);
                    count += batch.size();
                    batch = new ArrayList<>(props.batchSize());
                    // A long replay must not leave callers to spill a full queue themselves.
                    if (queue.depth() > props.queueCapacity() / 2) {
                        metrics.spooled.increment(queue.spoolQueued());
                    }
                }
            }
            batches.write(batch);
            return count + batch.size();
        }
    }

    private void setAside(List<LogEntry> entries) {
        setAsideLines(entries.stream().map(SpoolCodec::encode).toList(), "refused by the database");
    }

    private void setAsideLines(List<String> lines, String why) {
        try {
            queue.setAside(lines);
            metrics.rejected.increment(lines.size());
            log.error("Interaction log: {} entries {}; kept in {}/rejected", lines.size(), why, spool.directory());
        } catch (IOException e) {
            metrics.lost.increment(lines.size());
            log.error("Interaction log: {} entries {} and could not be set aside: {}", lines.size(), why, lines, e);
        }
    }

    void markSpooling(String failure) {
        if (spoolingSince == null) {
            spoolingSince = Instant.now();
            lastFailure = failure;
        }
    }

    /** After stop: what is queued goes to the database until the deadline, then to the spool. */
    private void finishOnStop() {
        long deadline = System.nanoTime() + props.shutdownTimeout().toNanos();
        try {
            while (!queue.spooling() && !queue.isEmpty() && System.nanoTime() - deadline < 0) {
                writeDirect();
            }
        } catch (IOException | RuntimeException e) {
            log.error("Interaction log: flush on shutdown failed; spooling the rest", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
