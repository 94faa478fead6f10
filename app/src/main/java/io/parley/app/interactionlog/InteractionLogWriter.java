package io.parley.app.interactionlog;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Writes every event of every live session to PostgreSQL, off the hot path, without losing any.
 *
 * <p><b>Callers</b> (call-session threads) use {@link #submit}, {@link #submitOpen} and {@link #submitClose}. They
 * never throw and never touch the database: an entry goes into a bounded in-memory queue; when the queue is full, the
 * caller itself appends the queue and its entry to the local spool (a disk write, waiting at most
 * {@code spill-timeout} for the spool) and the {@code queue.full} counter and a warning say so.
 *
 * <p><b>One writer thread</b> takes batches of up to {@code batch-size} entries (or whatever waited
 * {@code flush-interval}) and writes them through the {@link InteractionLogSink}. When the database fails, the batch
 * goes to the spool (JSON Lines segments under {@code spool-directory}, forced to disk per batch) and the log is
 * <em>spooling</em>: every later batch is appended behind it, and the thread retries the database with exponential
 * backoff ({@code retry-initial-backoff} up to {@code retry-max-backoff}) by replaying the spool, oldest segment first,
 * deleting each segment only after all of it is written. A spool found at start is replayed the same way.
 *
 * <p><b>Ordering.</b> Entries reach the database in submission order across the whole node, with one exception that
 * does not change the result: a batch in flight when a caller spilled may be written twice (once directly, once from
 * the spool); writes are idempotent (events on (session, seq); an open replayed before its events and close
 * converges). So a session's open precedes its events, and its close never overtakes them.
 *
 * <p><b>Durability.</b> An entry is durable once it is in PostgreSQL or forced to the spool. Entries still in memory
 * (at most {@code queue-capacity} plus one batch) are lost if the process is killed or the machine fails; a graceful
 * shutdown writes them to the database, or to the spool after {@code shutdown-timeout}, and entries submitted after
 * shutdown go straight to the spool. An entry the database refuses as data (a constraint, a bad value) is set aside in
 * {@code spool-directory/rejected/rejected.jsonl} (counter {@code rejected}) so it cannot stall the log. An entry is
 * lost (counter {@code lost}, an error log) only if the local disk fails or stays busy past {@code spill-timeout} while
 * memory also holds twice the queue's capacity.
 */
public final class InteractionLogWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InteractionLogWriter.class);
    private static final long QUEUE_FULL_WARNING_NANOS = Duration.ofSeconds(10).toNanos();

    private final InteractionLogProperties props;
    private final Spool spool;
    private final SpillingQueue queue;
    private final InteractionLogMetrics metrics;
    private final WriterLoop loop;
    private final AtomicLong lastQueueFullWarning = new AtomicLong(System.nanoTime() - QUEUE_FULL_WARNING_NANOS);
    private volatile boolean running;
    private Thread thread;

    public InteractionLogWriter(InteractionLogSink sink, InteractionLogProperties props, MeterRegistry registry) {
        this.props = props;
        try {
            this.spool = new Spool(props.spoolDirectory(), props.spoolSegmentBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the interaction log spool " + props.spoolDirectory(), e);
        }
        this.queue = new SpillingQueue(spool, props.queueCapacity(), props.batchSize());
        this.metrics = new InteractionLogMetrics(registry, this::status);
        this.loop = new WriterLoop(sink, props, spool, queue, metrics);
        if (!spool.isEmpty()) {
            log.info("Interaction log: {} entries in the spool {} from a previous run will be replayed", spool.events(),
                    spool.directory());
        }
    }

    /** Records one event of a live session. Never blocks on the database, never throws. */
    public void submit(UUID workspaceId, InteractionEvent event) {
        try {
            InteractionEvent e = event.payload() == null ? new InteractionEvent(event.sessionId(), event.seq(),
                    event.type(), event.turnId(), event.occurredAt(), "{}") : event;
            enqueue(new LogEntry.EventRecorded(workspaceId, e));
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    /** Records that a session started; goes through the same ordered path as its events. Never throws. */
    public void submitOpen(UUID sessionId, UUID workspaceId, UUID deploymentId, String transport, Instant startedAt) {
        try {
            enqueue(new LogEntry.SessionOpened(sessionId, workspaceId, deploymentId, transport, startedAt));
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    /** Records how a session ended; reaches the database after every event submitted before it. Never throws. */
    public void submitClose(UUID workspaceId, UUID sessionId, SessionOutcome outcome, String reason, Instant endedAt,
                            int turns, int interruptions, int errors) {
        try {
            enqueue(new LogEntry.SessionClosed(workspaceId, sessionId, outcome, reason, endedAt, turns,
                    interruptions, errors));
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    /** What the log is doing now: spooling or not, and how much waits in memory and on disk. */
    public InteractionLogStatus status() {
        return new InteractionLogStatus(queue.spooling(), loop.spoolingSince(), loop.lastFailure(), queue.depth(),
                spool.events(), spool.bytes());
    }

    private void enqueue(LogEntry entry) {
        if (queue.offer(entry)) {
            return;
        }
        if (running) {
            metrics.queueFull.increment();
            long last = lastQueueFullWarning.get();
            if (System.nanoTime() - last > QUEUE_FULL_WARNING_NANOS
                    && lastQueueFullWarning.compareAndSet(last, System.nanoTime())) {
                log.warn("Interaction log queue full ({} entries): spilling to the spool {}", props.queueCapacity(),
                        spool.directory());
            }
        }
        try {
            metrics.spooled.increment(queue.spill(entry, props.spillTimeout()));
            loop.markSpooling("queue full");
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!queue.overflow(entry)) {
                metrics.lost.increment();
                log.error("Interaction log entry lost (spool unavailable and memory full): {}", entry, e);
            } else {
                log.error("Interaction log spool unavailable, holding the entry in memory", e);
            }
        }
    }

    private void refuse(RuntimeException e) {
        metrics.rejected.increment();
        log.warn("Interaction log entry refused: {}", e.toString());
    }

    // ---- lifecycle ----------------------------------------------------------------------------------------------

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("parley-interaction-log").daemon(true).start(loop::run);
    }

    /** Flushes the queue to the database (or the spool) within {@code shutdown-timeout}; later entries are spooled. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        loop.stop();
        try {
            thread.join(props.shutdownTimeout().plusSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int spooled = queue.close();
            metrics.spooled.increment(spooled);
            if (spooled > 0) {
                log.warn("Interaction log: {} entries spooled at shutdown, replayed at next start", spooled);
            }
        } catch (IOException e) {
            metrics.lost.increment(queue.depth());
            log.error("Interaction log: could not spool the queue at shutdown", e);
        }
        if (thread.isAlive()) {
            log.warn("Interaction log writer still busy after {}; its batch is spooled too", props.shutdownTimeout());
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts first and stops last, so sessions ending during shutdown still reach the log. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
