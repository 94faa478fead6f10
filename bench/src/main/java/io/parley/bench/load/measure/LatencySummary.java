package io.parley.bench.load.measure;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles of one latency (or any non-negative quantity) over a run, in milliseconds. Percentiles use the
 * nearest-rank method: p99 of 100 samples is the 99th smallest, an observed value and never an interpolation.
 *
 * @param count how many samples; 0 means nothing was measured and every other field is 0
 */
public record LatencySummary(int count, double p50, double p95, double p99, double max, double mean) {

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0);

    public static LatencySummary of(Collection<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static LatencySummary of(double[] values) {
        if (values.length == 0) {
            return EMPTY;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new LatencySummary(sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1], sum / sorted.length);
    }

    /** Nearest-rank percentile of an ascending array: the smallest value with at least p% of samples at or below. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (p <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}
