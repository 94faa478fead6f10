package io.parley.tenant.problem;

import java.time.Duration;
import java.util.Map;

/** A rate limit was hit; {@code retryAfter} tells the client when to try again. */
public final class TooManyRequests extends ParleyProblem {

    private final Duration retryAfter;

    private TooManyRequests(String detail, Duration retryAfter) {
        super(429, "too-many-requests", "Too many requests", detail);
        this.retryAfter = retryAfter;
    }

    public static TooManyRequests loginAttempts(Duration retryAfter) {
        return new TooManyRequests("Too many failed login attempts; try again in %d seconds"
                .formatted(Math.max(1, retryAfter.toSeconds())), retryAfter);
    }

    @Override
    public Duration retryAfter() { return retryAfter; }

    @Override
    public Map<String, Object> properties() {
        return Map.of("retryAfterSeconds", Math.max(1, retryAfter.toSeconds()));
    }
}
