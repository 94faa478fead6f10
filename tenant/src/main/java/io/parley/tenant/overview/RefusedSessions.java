package io.parley.tenant.overview;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts refused session requests per deployment, five-minute bucket and reason. One upserted row per bucket and
 * reason, not one per refusal, so a caller retrying against a full node costs a counter increment, not a row.
 */
@Service
public class RefusedSessions {

    static final long BUCKET_SECONDS = 300;

    private final JdbcTemplate jdbc;

    RefusedSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(UUID workspaceId, UUID deploymentId, String reason, Instant at) {
        Instant bucket = Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), BUCKET_SECONDS) * BUCKET_SECONDS);
        jdbc.update("""
                insert into refused_sessions (workspace_id, deployment_id, bucket_start, reason, refusals)
                values (?, ?, ?, ?, 1)
                on conflict (deployment_id, bucket_start, reason)
                do update set refusals = refused_sessions.refusals + 1""",
                workspaceId, deploymentId, Timestamp.from(bucket), reason);
    }
}
