package io.parley.app.interactionlog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code interactionLog} in {@code /actuator/health}: UP while events go straight to PostgreSQL, OUT_OF_SERVICE while
 * they go to the local spool (database unreachable, or the spool still being replayed), with the spool's size, so
 * operators can alert. Calls keep working while spooling, so this indicator is not part of the readiness or liveness
 * groups: a spooling node stays ready.
 */
public final class InteractionLogHealthIndicator implements HealthIndicator {

    private final InteractionLogWriter writer;

    public InteractionLogHealthIndicator(InteractionLogWriter writer) {
        this.writer = writer;
    }

    @Override
    public Health health() {
        InteractionLogStatus s = writer.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("spooling", s.spooling());
        details.put("queueDepth", s.queueDepth());
        details.put("spoolEvents", s.spoolEvents());
        details.put("spoolBytes", s.spoolBytes());
        if (s.spooling()) {
            if (s.spoolingSince() != null) {
                details.put("spoolingSince", s.spoolingSince().toString());
            }
            if (s.lastFailure() != null) {
                details.put("lastFailure", s.lastFailure());
            }
            return Health.status(Status.OUT_OF_SERVICE).withDetails(details).build();
        }
        return Health.up().withDetails(details).build();
    }
}
