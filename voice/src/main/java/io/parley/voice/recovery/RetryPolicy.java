package io.parley.voice.recovery;

/**
 * How one engine stage is guarded: a deadline per attempt, a number of retries on the same engine, and an
 * exponential backoff between them. After the retries the stage moves to its fallback.
 *
 * @param deadlineMs   an attempt that has produced nothing by then counts as failed
 * @param retries      extra attempts on the same engine
 * @param backoffMs    wait before the first retry; doubled for each further one
 */
public record RetryPolicy(long deadlineMs, int retries, long backoffMs) {

    public RetryPolicy {
        if (deadlineMs <= 0 || retries < 0 || backoffMs < 0) {
            throw new IllegalArgumentException("invalid retry policy: " + deadlineMs + "/" + retries + "/" + backoffMs);
        }
    }

    /** Backoff before attempt {@code attempt} (1 = first retry). */
    public long backoffBefore(int attempt) {
        return attempt <= 0 ? 0 : backoffMs << Math.min(attempt - 1, 10);
    }

    public boolean canRetry(int attemptsSoFar) {
        return attemptsSoFar <= retries;
    }
}
