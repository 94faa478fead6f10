package io.parley.app.interactionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proof the issue asks for: live calls keep talking while PostgreSQL stops and comes back, and afterwards the
 * database holds every event of every call, once, as it was said, and the spool is gone.
 */
class DatabaseOutageTests {

    private static final int CALLS = 8;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void everyEventOfLiveCallsIsStoredAfterTheDatabaseStopsMidCallAndComesBack() throws Exception {
        Path spool = work.resolve("spool");
        AtomicBoolean hangUp = new AtomicBoolean();
        try (DedicatedPostgres db = DedicatedPostgres.start(work.resolve("postgres"));
             ConfigurableApplicationContext node = LogNode.start(db.jdbcUrl(), spool, Map.of(
                     "parley.interaction-log.batch-size", "100",
                     "parley.interaction-log.flush-interval", "20ms",
                     "parley.interaction-log.retry-initial-backoff", "100ms",
                     "parley.interaction-log.retry-max-backoff", "1s"));
             ExecutorService lines = Executors.newVirtualThreadPerTaskExecutor();
             // Closed first: whatever happens, the calls end and the lines close.
             AutoCloseable hangUpAll = () -> hangUp.set(true)) {
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            InteractionLogWriter writer = node.getBean(InteractionLogWriter.class);
            InteractionLogHealthIndicator health = node.getBean(InteractionLogHealthIndicator.class);
            MeterRegistry meters = node.getBean(MeterRegistry.class);
            Tenancy tenancy = Tenancy.seed(jdbc);

            AtomicLong said = new AtomicLong();
            List<ScriptedCall> calls = new ArrayList<>();
            List<Future<Integer>> lastSeqs = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                ScriptedCall call = ScriptedCall.in(tenancy);
                calls.add(call);
                lastSeqs.add(lines.submit(() -> talkUntilHangUp(call, writer, hangUp, said)));
            }

            await().atMost(PATIENCE).until(() -> count(meters, "written") >= 2_000);
            db.stop();
            long saidWhenStopped = said.get();
            await().atMost(PATIENCE).until(() -> count(meters, "spooled") >= 2_000
                    && said.get() >= saidWhenStopped + 2_000);
            assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(health.health().getDetails()).containsEntry("spooling", true);
            HealthEndpoint actuator = node.getBean(HealthEndpoint.class);
            assertThat(actuator.healthForPath("interactionLog").getStatus()).as("what operators alert on")
                    .isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(actuator.healthForPath("readiness").getStatus()).as("calls still work")
                    .isEqualTo(Status.UP);

            db.restart();
            long saidWhenRestarted = said.get();
            await().atMost(PATIENCE).until(() -> said.get() >= saidWhenRestarted + 2_000);
            hangUp.set(true);
            List<Integer> last = new ArrayList<>();
            for (Future<Integer> f : lastSeqs) {
                last.add(f.get(30, TimeUnit.SECONDS));
            }

            long total = last.stream().mapToLong(Integer::longValue).sum();
            await().atMost(PATIENCE).until(() -> !writer.status().spooling()
                    && jdbc.queryForObject("select count(*) from interaction_events", Long.class) == total
                    && jdbc.queryForObject("select count(*) from sessions where ended_at is not null",
                            Long.class) == CALLS);
            for (int i = 0; i < CALLS; i++) {
                calls.get(i).assertStoredCompletely(jdbc, last.get(i));
            }
            assertThat(count(meters, "replayed")).as("events replayed from the spool").isPositive();
            assertThat(count(meters, "lost") + count(meters, "rejected")).isZero();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            try (Stream<Path> left = Files.list(spool)) {
                assertThat(left).as("spool files left").isEmpty();
            }
        }
    }

    /** One call: opens, says an event about every millisecond until told to hang up, closes. */
    private static int talkUntilHangUp(ScriptedCall call, InteractionLogWriter writer, AtomicBoolean hangUp,
                                       AtomicLong said) {
        call.open(writer);
        int seq = 0;
        while (!hangUp.get()) {
            call.say(writer, ++seq);
            said.incrementAndGet();
            // A call produces events at a pace, not in a burst.
            LockSupport.parkNanos(1_000_000);
        }
        call.hangUp(writer, seq);
        return seq;
    }

    private static double count(MeterRegistry meters, String name) {
        return meters.get("parley.interaction.log." + name).counter().count();
    }
}
