package io.parley.app.interactionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parley.app.ParleyIntegrationTest;
import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writer over the node's PostgreSQL and the production sink ({@link SessionRecorderSink}): a spool left by a
 * stopped node, a full queue, a refused entry, a shutdown.
 */
@ParleyIntegrationTest
class InteractionLogWriterTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    InteractionLogSink database;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path spool;

    Tenancy tenancy;
    SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void seed() {
        tenancy = Tenancy.seed(jdbc);
    }

    @Test
    void aSpoolLeftByANodeThatStoppedWhileTheDatabaseWasDownIsReplayedAtStart() throws Exception {
        ScriptedCall call = ScriptedCall.in(tenancy);
        InteractionLogWriter before = new InteractionLogWriter(new UnreachableDatabase(),
                settings(1_000, 20, Duration.ofMillis(10)), new SimpleMeterRegistry());
        before.start();
        call.open(before);
        for (int seq = 1; seq <= 50; seq++) {
            call.say(before, seq);
        }
        call.hangUp(before, 50);
        before.stop();
        assertThat(before.status().spoolEvents()).as("open, 50 events, close on disk").isEqualTo(52);
        assertThat(call.storedEvents(jdbc)).isZero();

        InteractionLogWriter after = writer(database, settings(1_000, 20, Duration.ofMillis(10)));
        assertThat(after.status().spooling()).isTrue();
        after.start();
        await().atMost(PATIENCE).until(() -> !after.status().spooling());
        after.stop();

        call.assertStoredCompletely(jdbc, 50);
        assertThat(spoolFiles()).isEmpty();
        assertThat(meters.get("parley.interaction.log.replayed").counter().count()).isEqualTo(52);
    }

    @Test
    void aSpoolWhoseLastLineACrashToreIsReplayedAndTheTornLineKept() throws Exception {
        ScriptedCall call = ScriptedCall.in(tenancy);
        StringBuilder segment = new StringBuilder();
        segment.append(SpoolCodec.encode(new LogEntry.SessionOpened(call.sessionId(), tenancy.workspaceId(),
                tenancy.deploymentId(), "WEBSOCKET", Instant.parse("2026-01-05T09:00:00Z")))).append('\n');
        for (int seq = 1; seq <= 3; seq++) {
            segment.append(SpoolCodec.encode(new LogEntry.EventRecorded(tenancy.workspaceId(), call.event(seq))))
                    .append('\n');
        }
        segment.append(SpoolCodec.encode(new LogEntry.SessionClosed(tenancy.workspaceId(), call.sessionId(),
                SessionOutcome.COMPLETED, "caller hung up",
                Instant.parse("2026-01-05T09:00:04Z"), 1, 0, 0))).append('\n');
        byte[] whole = segment.toString().getBytes(StandardCharsets.UTF_8);
        byte[] torn = "{\"v\":1,\"kind\":\"event\",\"payload\":\"r\u00e9".getBytes(
                StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(whole, whole.length + torn.length - 1);
        System.arraycopy(torn, 0, file, whole.length, torn.length - 1); // the crash cut the last character in half
        Files.write(spool.resolve("spool-00000000000000000007.jsonl"), file);

        InteractionLogWriter writer = writer(database, settings(1_000, 20, Duration.ofMillis(10)));
        assertThat(writer.status().spoolEvents()).isEqualTo(6);
        writer.start();
        await().atMost(PATIENCE).until(() -> !writer.status().spooling());
        writer.stop();

        call.assertStoredCompletely(jdbc, 3);
        assertThat(Files.readAllLines(spool.resolve("rejected/rejected.jsonl"))).singleElement().asString()
                .startsWith("{\"v\":1,\"kind\":\"event\"");
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void aFullQueueSpillsToTheSpoolInsteadOfDroppingEvents() throws Exception {
        CountDownLatch databaseSlow = new CountDownLatch(1);
        InteractionLogWriter writer = writer(new SlowDatabase(database, databaseSlow),
                settings(8, 4, Duration.ofMillis(1)));
        writer.start();
        ScriptedCall call = ScriptedCall.in(tenancy);
        call.open(writer);
        for (int seq = 1; seq <= 200; seq++) {
            call.say(writer, seq);
        }
        call.hangUp(writer, 200);

        assertThat(meters.get("parley.interaction.log.queue.full").counter().count()).isPositive();
        assertThat(writer.status().queueDepth()).isLessThanOrEqualTo(8);
        assertThat(writer.status().spoolEvents()).as("events spilled to disk").isGreaterThanOrEqualTo(190);
        assertThat(spoolFiles()).isNotEmpty();

        databaseSlow.countDown();
        await().atMost(PATIENCE).until(() -> !writer.status().spooling() && writer.status().queueDepth() == 0);
        writer.stop();
        call.assertStoredCompletely(jdbc, 200);
        assertThat(spoolFiles()).isEmpty();
        assertThat(meters.get("parley.interaction.log.lost").counter().count()).isZero();
    }

    @Test
    void anEntryTheDatabaseRefusesIsSetAsideAndTheLogMovesOn() throws Exception {
        InteractionLogWriter writer = writer(database, settings(1_000, 20, Duration.ofMillis(10)));
        writer.start();
        ScriptedCall call = ScriptedCall.in(tenancy);
        ScriptedCall neverOpened = ScriptedCall.in(tenancy);
        call.open(writer);
        for (int seq = 1; seq <= 30; seq++) {
            call.say(writer, seq);
            if (seq == 10) {
                neverOpened.say(writer, 1);
            }
        }
        call.hangUp(writer, 30);
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from sessions where id = ? and ended_at is not null", Integer.class,
                call.sessionId()) == 1);
        writer.stop();

        call.assertStoredCompletely(jdbc, 30);
        assertThat(neverOpened.storedEvents(jdbc)).isZero();
        List<String> rejected = Files.readAllLines(spool.resolve("rejected/rejected.jsonl"));
        assertThat(rejected).singleElement().asString().contains(neverOpened.sessionId().toString());
        assertThat(SpoolCodec.decode(rejected.getFirst()))
                .isEqualTo(new LogEntry.EventRecorded(tenancy.workspaceId(), neverOpened.event(1)));
        assertThat(meters.get("parley.interaction.log.rejected").counter().count()).isEqualTo(1);
    }

    @Test
    void stoppingTheNodeWritesWhatIsQueuedBeforeItReturns() throws Exception {
        InteractionLogWriter writer = writer(database, settings(10_000, 10_000, Duration.ofMinutes(5)));
        writer.start();
        ScriptedCall call = ScriptedCall.in(tenancy);
        call.open(writer);
        for (int seq = 1; seq <= 300; seq++) {
            call.say(writer, seq);
        }
        call.hangUp(writer, 300);
        assertThat(call.storedEvents(jdbc)).as("nothing written before the batch is due").isZero();

        writer.stop();

        call.assertStoredCompletely(jdbc, 300);
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void submitNeverThrowsOnEventsThatCannotBeLogged() {
        InteractionLogWriter writer = writer(database, settings(1_000, 20, Duration.ofMillis(10)));
        writer.submit(null, new InteractionEvent(UUID.randomUUID(), 1, "user.transcript", 1, Instant.now(), "{}"));
        writer.submit(tenancy.workspaceId(), null);
        writer.submitOpen(null, null, null, null, null);
        assertThat(writer.status().queueDepth()).isZero();
        assertThat(meters.get("parley.interaction.log.rejected").counter().count()).isEqualTo(3);
    }

    private InteractionLogWriter writer(InteractionLogSink sink, InteractionLogProperties props) {
        return new InteractionLogWriter(sink, props, meters);
    }

    private InteractionLogProperties settings(int capacity, int batchSize, Duration flushInterval) {
        return new InteractionLogProperties(capacity, batchSize, flushInterval, spool, null,
                Duration.ofMillis(50), Duration.ofMillis(200), null, Duration.ofSeconds(10));
    }

    private List<Path> spoolFiles() throws Exception {
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Stands in for PostgreSQL refusing connections (the error Spring raises when the pool cannot get one). */
    private static final class UnreachableDatabase implements InteractionLogSink {
        @Override
        public void open(LogEntry.SessionOpened opened) {
            throw refused();
        }

        @Override
        public void append(UUID workspaceId, List<InteractionEvent> events) {
            throw refused();
        }

        @Override
        public void close(LogEntry.SessionClosed closed) {
            throw refused();
        }

        private static CannotGetJdbcConnectionException refused() {
            return new CannotGetJdbcConnectionException("Connection to localhost:5432 refused");
        }
    }

    /** The real database, behind a gate: every write waits until the test opens it, as a stalled database would. */
    private record SlowDatabase(InteractionLogSink database, CountDownLatch gate) implements InteractionLogSink {
        @Override
        public void open(LogEntry.SessionOpened opened) {
            pass();
            database.open(opened);
        }

        @Override
        public void append(UUID workspaceId, List<InteractionEvent> events) {
            pass();
            database.append(workspaceId, events);
        }

        @Override
        public void close(LogEntry.SessionClosed closed) {
            pass();
            database.close(closed);
        }

        private void pass() {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
