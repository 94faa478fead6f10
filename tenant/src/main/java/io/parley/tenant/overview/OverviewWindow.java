package io.parley.tenant.overview;

import io.parley.tenant.problem.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The time window of an overview: {@code from} inclusive, {@code to} exclusive, in buckets of {@code bucketMinutes}.
 * {@code from} is aligned down to a bucket boundary so the same bucket always covers the same minutes.
 */
public record OverviewWindow(Instant from, Instant to, int bucketMinutes) {

    public static final Set<Integer> BUCKET_MINUTES = Set.of(5, 15, 60, 1440);
    /** Bounds the work one request can ask of the database. */
    public static final int MAX_BUCKETS = 2000;

    public OverviewWindow {
        if (!BUCKET_MINUTES.contains(bucketMinutes)) {
            throw InvalidInput.field("bucketMinutes", "must be one of 5, 15, 60, 1440");
        }
        if (!from.isBefore(to)) {
            throw InvalidInput.field("to", "must be after from");
        }
        long bucketSeconds = bucketMinutes * 60L;
        from = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), bucketSeconds) * bucketSeconds);
        if (Duration.between(from, to).toSeconds() / bucketSeconds >= MAX_BUCKETS) {
            throw InvalidInput.field("to", "must be within " + MAX_BUCKETS + " buckets of from");
        }
    }

    /**
     * Defaults: hourly buckets, ending now, starting so that 24 hours of buckets are shown (the last one still
     * filling up).
     */
    public static OverviewWindow of(Instant from, Instant to, Integer bucketMinutes, Instant now) {
        int minutes = bucketMinutes == null ? 60 : bucketMinutes;
        Instant end = to == null ? now : to;
        Instant start = from == null ? end.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(minutes)) : from;
        return new OverviewWindow(start, end, minutes);
    }

    public long bucketSeconds() {
        return bucketMinutes * 60L;
    }

    public int bucketCount() {
        return (int) Math.ceilDiv(Duration.between(from, to).toSeconds(), bucketSeconds());
    }

    public Instant bucketStart(int index) {
        return from.plusSeconds(index * bucketSeconds());
    }
}
