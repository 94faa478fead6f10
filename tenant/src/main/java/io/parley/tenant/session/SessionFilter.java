package io.parley.tenant.session;

import io.parley.tenant.problem.InvalidInput;
import java.time.Instant;
import java.util.UUID;

/** Optional filters of the session list; {@code from} inclusive, {@code to} exclusive, on the start time. */
public record SessionFilter(UUID deploymentId, Instant from, Instant to, SessionOutcome outcome) {

    public SessionFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidInput.field("to", "must be after from");
        }
    }

    public static SessionFilter none() {
        return new SessionFilter(null, null, null, null);
    }
}
