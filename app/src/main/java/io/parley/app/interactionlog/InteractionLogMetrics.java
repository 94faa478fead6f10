package io.parley.app.interactionlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;

/**
 * The writer's meters, all under {@code parley.interaction.log.*}: gauges for the queue depth, the spool's size and
 * whether the log is spooling; counters of entries written, spooled, replayed, set aside as rejected, lost, and of
 * submissions that found the queue full. Alert on {@code spooling == 1}, a growing {@code spool.events}, and any
 * {@code lost} or {@code rejected}.
 */
final class InteractionLogMetrics {

    final Counter written;
    final Counter spooled;
    final Counter replayed;
    final Counter queueFull;
    final Counter rejected;
    final Counter lost;

    InteractionLogMetrics(MeterRegistry registry, Supplier<InteractionLogStatus> status) {
        written = counter(registry, "written", "Entries written to PostgreSQL from the queue");
        spooled = counter(registry, "spooled", "Entries written to the local spool");
        replayed = counter(registry, "replayed", "Entries replayed from the spool into PostgreSQL");
        queueFull = counter(registry, "queue.full", "Submissions that found the queue full and spilled to the spool");
        rejected = counter(registry, "rejected", "Entries PostgreSQL refused, set aside in the spool's rejected file");
        lost = counter(registry, "lost", "Entries neither queued, spooled nor written (disk failure)");
        Gauge.builder("parley.interaction.log.queue.depth", status, s -> s.get().queueDepth())
                .description("Entries waiting in memory").register(registry);
        Gauge.builder("parley.interaction.log.spool.events", status, s -> s.get().spoolEvents())
                .description("Entries waiting in the local spool").register(registry);
        Gauge.builder("parley.interaction.log.spool.bytes", status, s -> s.get().spoolBytes())
                .description("Size of the local spool").baseUnit("bytes").register(registry);
        Gauge.builder("parley.interaction.log.spooling", status, s -> s.get().spooling() ? 1 : 0)
                .description("1 while PostgreSQL is unreachable or the spool is being replayed").register(registry);
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return Counter.builder("parley.interaction.log." + name).description(description).register(registry);
    }
}
