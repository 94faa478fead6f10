package io.parley.tenant.problem;

import java.util.Map;

/** Base of every failure a client can cause or needs to see. Carries no stack trace to clients. */
public abstract class ParleyProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    protected ParleyProblem(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() { return status; }

    /** Short slug, published as {@code https://parley.dev/problems/<type>}. */
    public String type() { return type; }

    public String title() { return title; }

    public String detail() { return getMessage(); }

    /** When the client may retry (sent as {@code Retry-After}); null when retrying will not help. */
    public java.time.Duration retryAfter() {
        return null;
    }

    /** Extra members of the problem document. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
