package io.parley.app.interactionlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A call whose every event is known in advance: event {@code seq} has a fixed type, turn, time and text, so the test
 * can check each stored row against what the call said.
 */
record ScriptedCall(UUID sessionId, Tenancy tenancy) {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    static ScriptedCall in(Tenancy tenancy) {
        return new ScriptedCall(UUID.randomUUID(), tenancy);
    }

    void open(InteractionLogWriter writer) {
        writer.submitOpen(sessionId, tenancy.workspaceId(), tenancy.deploymentId(), "WEBSOCKET", START);
    }

    void say(InteractionLogWriter writer, int seq) {
        writer.submit(tenancy.workspaceId(), event(seq));
    }

    void hangUp(InteractionLogWriter writer, int lastSeq) {
        writer.submitClose(tenancy.workspaceId(), sessionId, SessionOutcome.COMPLETED, "caller hung up",
                START.plusSeconds(lastSeq + 1L), lastSeq / 10 + 1, 0, 0);
    }

    InteractionEvent event(int seq) {
        return new InteractionEvent(sessionId, seq, seq % 5 == 0 ? "agent.text" : "user.transcript", seq / 10,
                START.plusMillis(seq), "{\"text\": \"%s says %d\"}".formatted(sessionId, seq));
    }

    int storedEvents(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from interaction_events where session_id = ?", Integer.class,
                sessionId);
    }

    /** Every event 1..lastSeq is stored exactly once, with the content the call submitted, and the close too. */
    void assertStoredCompletely(JdbcTemplate jdbc, int lastSeq) {
        List<InteractionEvent> stored = jdbc.query("""
                select seq, type, turn_id, occurred_at, payload->>'text' as text from interaction_events
                where session_id = ? and workspace_id = ? order by seq, id""", (rs, i) -> new InteractionEvent(
                sessionId, rs.getInt("seq"), rs.getString("type"), rs.getInt("turn_id"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("text")), sessionId, tenancy.workspaceId());
        List<InteractionEvent> expected = IntStream.rangeClosed(1, lastSeq).mapToObj(this::event)
                .map(e -> new InteractionEvent(e.sessionId(), e.seq(), e.type(), e.turnId(), e.occurredAt(),
                        "%s says %d".formatted(sessionId, e.seq())))
                .toList();
        assertThat(stored).as("events of session %s", sessionId).containsExactlyElementsOf(expected);
        var closed = jdbc.queryForMap("select outcome, end_reason, turns from sessions where id = ?", sessionId);
        assertThat(closed).containsEntry("outcome", "COMPLETED").containsEntry("end_reason", "caller hung up")
                .containsEntry("turns", lastSeq / 10 + 1);
    }
}
