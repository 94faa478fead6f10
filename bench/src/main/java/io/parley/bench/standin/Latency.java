package io.parley.bench.standin;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * A stand-in's response time: {@code base} plus a uniformly drawn extra of up to {@code jitter}, so its mean is
 * {@code base + jitter / 2} (what a report subtracts as "engine time").
 */
public record Latency(Duration base, Duration jitter) {

    public Latency {
        if (base == null || base.isNegative() || jitter == null || jitter.isNegative()) {
            throw new IllegalArgumentException("latency and jitter must be zero or more");
        }
    }

    public static Latency of(long baseMs, long jitterMs) {
        return new Latency(Duration.ofMillis(baseMs), Duration.ofMillis(jitterMs));
    }

    /** One draw, in nanoseconds, scaled by {@code factor} (above 1 for the slow fault). */
    long drawNanos(RandomGenerator random, double factor) {
        long extra = jitter.isZero() ? 0 : random.nextLong(jitter.toNanos() + 1);
        return (long) ((base.toNanos() + extra) * factor);
    }

    public Duration mean() {
        return base.plus(jitter.dividedBy(2));
    }

    @Override
    public String toString() {
        return base.toMillis() + "ms+" + jitter.toMillis() + "ms";
    }
}
