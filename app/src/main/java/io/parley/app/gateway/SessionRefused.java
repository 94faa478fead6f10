package io.parley.app.gateway;

import io.parley.tenant.problem.ParleyProblem;
import java.time.Duration;
import java.util.Map;

/** A new session was refused before any media flowed, so the calls already live keep their quality. */
public final class SessionRefused extends ParleyProblem {

    private final String reason;
    private final Duration retryAfter;

    private SessionRefused(int status, String reason, String detail, Duration retryAfter) {
        super(status, "session-refused", "Session refused", detail);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public static SessionRefused nodeAtCapacity(int max) {
        return new SessionRefused(503, "node_at_capacity",
                "This node is at its capacity of %d live sessions; try again shortly".formatted(max),
                Duration.ofSeconds(5));
    }

    public static SessionRefused nodeDraining() {
        return new SessionRefused(503, "node_draining",
                "This node is shutting down and takes no new sessions; retry to reach another node",
                Duration.ofSeconds(1));
    }

    public static SessionRefused quotaReached(int quota) {
        return new SessionRefused(429, "workspace_quota",
                "The workspace already has %d live sessions, its concurrency quota".formatted(quota),
                Duration.ofSeconds(10));
    }

    public static SessionRefused originNotAllowed(String origin) {
        return new SessionRefused(403, "origin_not_allowed",
                "Origin %s is not allowed for this key and deployment".formatted(origin), null);
    }

    /** Machine-readable reason, also the {@code reason} tag of the refused-sessions metric. */
    public String reason() {
        return reason;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("reason", reason);
    }
}
