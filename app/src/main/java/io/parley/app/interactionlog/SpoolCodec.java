package io.parley.app.interactionlog;

import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionOutcome;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spool's line format, one JSON object per entry, stable across versions of the node because a spool written
 * before an upgrade is replayed after it. {@code "v": 1} names this format; the event payload is kept as a string,
 * byte for byte as submitted.
 */
final class SpoolCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SpoolCodec() {
    }

    static String encode(LogEntry entry) {
        ObjectNode n = JSON.createObjectNode();
        n.put("v", 1);
        switch (entry) {
            case LogEntry.SessionOpened o -> {
                n.put("kind", "open");
                n.put("sessionId", o.sessionId().toString());
                n.put("workspaceId", o.workspaceId().toString());
                n.put("deploymentId", o.deploymentId().toString());
                n.put("transport", o.transport());
                n.put("startedAt", o.startedAt().toString());
            }
            case LogEntry.EventRecorded r -> {
                InteractionEvent e = r.event();
                n.put("kind", "event");
                n.put("workspaceId", r.workspaceId().toString());
                n.put("sessionId", e.sessionId().toString());
                n.put("seq", e.seq());
                n.put("type", e.type());
                if (e.turnId() != null) {
                    n.put("turnId", e.turnId().intValue());
                }
                n.put("occurredAt", e.occurredAt().toString());
                n.put("payload", e.payload());
            }
            case LogEntry.SessionClosed c -> {
                n.put("kind", "close");
                n.put("workspaceId", c.workspaceId().toString());
                n.put("sessionId", c.sessionId().toString());
                n.put("outcome", c.outcome().name());
                n.put("reason", c.reason());
                n.put("endedAt", c.endedAt().toString());
                n.put("turns", c.turns());
                n.put("interruptions", c.interruptions());
                n.put("errors", c.errors());
            }
        }
        return JSON.writeValueAsString(n);
    }

    /** Reads one line back; a torn or foreign line is an {@link IllegalArgumentException}. */
    static LogEntry decode(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || n.path("v").asInt() != 1) {
                throw new IllegalArgumentException("not a version 1 spool line");
            }
            return switch (n.path("kind").asString()) {
                case "open" -> new LogEntry.SessionOpened(uuid(n, "sessionId"), uuid(n, "workspaceId"),
                        uuid(n, "deploymentId"), text(n, "transport"), Instant.parse(text(n, "startedAt")));
                case "event" -> new LogEntry.EventRecorded(uuid(n, "workspaceId"), new InteractionEvent(
                        uuid(n, "sessionId"), n.path("seq").asInt(), text(n, "type"),
                        n.hasNonNull("turnId") ? Integer.valueOf(n.get("turnId").asInt()) : null,
                        Instant.parse(text(n, "occurredAt")), n.hasNonNull("payload") ? text(n, "payload") : null));
                case "close" -> new LogEntry.SessionClosed(uuid(n, "workspaceId"), uuid(n, "sessionId"),
                        SessionOutcome.valueOf(text(n, "outcome")), n.hasNonNull("reason") ? text(n, "reason") : null,
                        Instant.parse(text(n, "endedAt")), n.path("turns").asInt(), n.path("interruptions").asInt(),
                        n.path("errors").asInt());
                default -> throw new IllegalArgumentException("unknown kind " + n.path("kind"));
            };
        } catch (JacksonException | java.time.DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("unreadable spool line: " + e.getMessage(), e);
        }
    }

    private static UUID uuid(JsonNode n, String field) {
        return UUID.fromString(text(n, field));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.asString();
    }
}
