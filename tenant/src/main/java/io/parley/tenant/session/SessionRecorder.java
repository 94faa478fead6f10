package io.parley.tenant.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of the session log, used by the real-time engine's log writer (off the hot path). Batches are
 * idempotent on (session, seq), so a batch replayed from the local spool after a database outage is harmless.
 */
@Service
public class SessionRecorder {

    private final SessionRepository sessions;
    private final JdbcTemplate jdbc;

    SessionRecorder(SessionRepository sessions, JdbcTemplate jdbc) {
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    /**
     * Opens a session if its workspace is below {@code quota} live sessions (counting those started after
     * {@code since}). A per-workspace advisory lock makes the count and the insert one step, so two callers racing
     * for the last slot cannot both get it.
     */
    @Transactional
    public boolean openWithinQuota(UUID sessionId, UUID workspaceId, UUID deploymentId, Instant startedAt,
                                   int quota, Instant since) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, workspaceId.getMostSignificantBits()
                ^ workspaceId.getLeastSignificantBits());
        if (countActive(workspaceId, since) >= quota) {
            return false;
        }
        sessions.save(new SessionEntity(sessionId, workspaceId, deploymentId, "pending", startedAt));
        return true;
    }

    @Transactional
    public SessionSummary open(UUID sessionId, UUID workspaceId, UUID deploymentId, String transport,
                               Instant startedAt) {
        return SessionLog.summary(sessions.save(
                new SessionEntity(sessionId, workspaceId, deploymentId, transport, startedAt)));
    }

    /** Records which transport a session connected over (it is "pending" until then). */
    @Transactional
    public void connected(UUID workspaceId, UUID sessionId, String transport) {
        sessions.findByIdAndWorkspaceId(sessionId, workspaceId).ifPresent(s -> s.transport = transport);
    }

    /** Sessions of a workspace still active and started after {@code since}, for its concurrency quota. */
    @Transactional(readOnly = true)
    public long countActive(UUID workspaceId, Instant since) {
        return sessions.countByWorkspaceIdAndOutcomeAndStartedAtAfter(workspaceId, SessionOutcome.ACTIVE, since);
    }

    @Transactional
    public void append(UUID workspaceId, List<InteractionEvent> batch) {
        jdbc.batchUpdate("""
                insert into interaction_events (workspace_id, session_id, seq, type, turn_id, occurred_at, payload)
                values (?, ?, ?, ?, ?, ?, ?::jsonb)
                on conflict (session_id, seq) do nothing""", batch, batch.size(), (ps, e) -> {
            ps.setObject(1, workspaceId);
            ps.setObject(2, e.sessionId());
            ps.setInt(3, e.seq());
            ps.setString(4, e.type());
            ps.setObject(5, e.turnId());
            ps.setTimestamp(6, Timestamp.from(e.occurredAt()));
            ps.setString(7, e.payload());
        });
    }

    @Transactional
    public void close(UUID workspaceId, UUID sessionId, SessionOutcome outcome, String reason, Instant endedAt,
                      int turns, int interruptions, int errors) {
        sessions.findByIdAndWorkspaceId(sessionId, workspaceId).ifPresent(s -> {
            s.outcome = outcome;
            s.endReason = reason == null ? null : reason.substring(0, Math.min(200, reason.length()));
            s.endedAt = endedAt;
            s.turns = turns;
            s.interruptions = interruptions;
            s.errors = errors;
        });
    }
}
