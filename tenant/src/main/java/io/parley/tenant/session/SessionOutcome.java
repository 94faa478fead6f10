package io.parley.tenant.session;

/** How a session ended (or that it has not yet). */
public enum SessionOutcome {
    ACTIVE, COMPLETED, ABANDONED, FAILED, REFUSED
}
