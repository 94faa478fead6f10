package io.parley.app.interactionlog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code parley.interaction-log.*}: how the interaction log writer queues, batches and spools.
 *
 * @param queueCapacity       events held in memory before callers spill straight to the spool
 * @param batchSize           most entries written to PostgreSQL in one batch
 * @param flushInterval       longest an entry waits in the queue for its batch to fill
 * @param spoolDirectory      where JSON Lines spool segments live while PostgreSQL is unreachable
 * @param spoolSegmentBytes   size at which the writer starts a new spool segment
 * @param retryInitialBackoff first wait before retrying PostgreSQL after a failure
 * @param retryMaxBackoff     longest wait between retries (the backoff doubles up to it)
 * @param spillTimeout        longest a caller waits for the spool when the queue is full
 * @param shutdownTimeout     longest the node waits on close for the queue to reach PostgreSQL before spooling it
 */
@Validated
@ConfigurationProperties("parley.interaction-log")
public record InteractionLogProperties(
        @Min(1) @Max(10_000_000) Integer queueCapacity,
        @Min(1) @Max(100_000) Integer batchSize,
        @NotNull Duration flushInterval,
        @NotNull Path spoolDirectory,
        @Min(4096) Long spoolSegmentBytes,
        @NotNull Duration retryInitialBackoff,
        @NotNull Duration retryMaxBackoff,
        @NotNull Duration spillTimeout,
        @NotNull Duration shutdownTimeout) {

    public InteractionLogProperties {
        queueCapacity = queueCapacity == null ? 10_000 : queueCapacity;
        batchSize = batchSize == null ? 500 : batchSize;
        flushInterval = positive(flushInterval, Duration.ofMillis(200), "flush-interval");
        spoolDirectory = spoolDirectory == null ? Path.of("data/spool") : spoolDirectory;
        spoolSegmentBytes = spoolSegmentBytes == null ? 16L * 1024 * 1024 : spoolSegmentBytes;
        retryInitialBackoff = positive(retryInitialBackoff, Duration.ofMillis(500), "retry-initial-backoff");
        retryMaxBackoff = positive(retryMaxBackoff, Duration.ofSeconds(30), "retry-max-backoff");
        spillTimeout = positive(spillTimeout, Duration.ofSeconds(5), "spill-timeout");
        shutdownTimeout = positive(shutdownTimeout, Duration.ofSeconds(10), "shutdown-timeout");
        if (retryMaxBackoff.compareTo(retryInitialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "parley.interaction-log.retry-max-backoff must not be shorter than retry-initial-backoff");
        }
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("parley.interaction-log." + name + " must be positive, got " + value);
        }
        return value;
    }
}
