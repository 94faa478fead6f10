package io.parley.app.interactionlog;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A one-off measurement, not a test: how many events per second the writer puts into a local PostgreSQL, with
 * {@code calls} sessions submitting {@code events} events each as fast as they can. Arguments: calls, events per
 * call, queue capacity, batch size.
 */
final class InteractionLogThroughput {

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int perCall = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        String capacity = args.length > 2 ? args[2] : "10000";
        String batch = args.length > 3 ? args[3] : "500";
        Path work = Files.createTempDirectory("parley-log-throughput-");
        try (DedicatedPostgres db = DedicatedPostgres.start(work.resolve("postgres"));
             ConfigurableApplicationContext node = LogNode.start(db.jdbcUrl(), work.resolve("spool"), Map.of(
                     "parley.interaction-log.queue-capacity", capacity,
                     "parley.interaction-log.batch-size", batch))) {
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            InteractionLogWriter writer = node.getBean(InteractionLogWriter.class);
            MeterRegistry meters = node.getBean(MeterRegistry.class);
            Tenancy tenancy = Tenancy.seed(jdbc);
            long total = (long) calls * perCall;
            long start = System.nanoTime();
            try (ExecutorService lines = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < calls; c++) {
                    lines.submit(() -> {
                        ScriptedCall call = ScriptedCall.in(tenancy);
                        call.open(writer);
                        for (int seq = 1; seq <= perCall; seq++) {
                            call.say(writer, seq);
                        }
                        call.hangUp(writer, perCall);
                    });
                }
            }
            long submitted = System.nanoTime();
            while (jdbc.queryForObject("select count(*) from interaction_events", Long.class) < total
                    || writer.status().spooling()) {
                Thread.sleep(20);
            }
            long stored = System.nanoTime();
            System.out.printf("%d events from %d calls: submitted in %.2f s (%.0f events/s), all stored in %.2f s "
                            + "(%.0f events/s); written directly %.0f, spooled %.0f, replayed %.0f, queue full %.0f%n",
                    total, calls, (submitted - start) / 1e9, total / ((submitted - start) / 1e9),
                    (stored - start) / 1e9, total / ((stored - start) / 1e9),
                    count(meters, "written"), count(meters, "spooled"), count(meters, "replayed"),
                    count(meters, "queue.full"));
        }
    }

    private static double count(MeterRegistry meters, String name) {
        return meters.get("parley.interaction.log." + name).counter().count();
    }
}
