package io.parley.tenant.session;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a session's record (transcript, agent text, interruption, error, timeline...). {@code seq} orders
 * events within the session and makes writes idempotent; {@code payload} is a JSON object.
 */
public record InteractionEvent(UUID sessionId, int seq, String type, Integer turnId, Instant occurredAt,
                               String payload) {
}
