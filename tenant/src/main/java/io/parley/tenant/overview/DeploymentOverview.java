package io.parley.tenant.overview;

import io.parley.tenant.Caller;
import io.parley.tenant.deployment.DeploymentService;
import io.parley.tenant.deployment.DeploymentView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a deployment's {@link Overview} for the dashboard charts, checking the caller may read its workspace. */
@Service
public class DeploymentOverview {

    /** The key under which the totals row of each query is collected. */
    private static final int TOTAL = -1;

    private final DeploymentService deployments;
    private final JdbcTemplate jdbc;

    DeploymentOverview(DeploymentService deployments, JdbcTemplate jdbc) {
        this.deployments = deployments;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Overview of(Caller caller, UUID workspaceId, UUID deploymentId, OverviewWindow window) {
        DeploymentView deployment = deployments.get(caller, workspaceId, deploymentId);
        Object[] params = {workspaceId, deploymentId, Timestamp.from(window.from()), Timestamp.from(window.to()),
                Timestamp.from(window.from()), window.bucketSeconds()};
        Map<Integer, BucketStats> stats = new HashMap<>();
        query(OverviewQueries.TURNS, params, (rs, s) -> {
            s.turns = rs.getLong(3);
            s.voiceToVoice = percentiles(rs, 4);
        }, stats);
        query(OverviewQueries.STAGES, params, (rs, s) -> s.stages.put(rs.getString(3), percentiles(rs, 4)), stats);
        query(OverviewQueries.EVENTS, params, (rs, s) -> {
            s.interruptions = rs.getLong(3);
            s.errors = rs.getLong(4);
        }, stats);
        query(OverviewQueries.SESSIONS, params, (rs, s) -> s.sessions = rs.getLong(3), stats);
        query(OverviewQueries.REFUSALS, params, (rs, s) -> s.refused = rs.getLong(3), stats);

        List<Overview.Bucket> buckets = new ArrayList<>(window.bucketCount());
        for (int i = 0; i < window.bucketCount(); i++) {
            buckets.add(stats.getOrDefault(i, new BucketStats()).bucket(window.bucketStart(i)));
        }
        return new Overview(deploymentId, window.from(), window.to(), window.bucketMinutes(),
                deployment.settings().latencyBudgetMs(), stats.getOrDefault(TOTAL, new BucketStats()).totals(),
                buckets);
    }

    private interface RowInto {
        void apply(ResultSet rs, BucketStats stats) throws SQLException;
    }

    private void query(String sql, Object[] params, RowInto into, Map<Integer, BucketStats> stats) {
        jdbc.query(sql, rs -> {
            int key = rs.getInt("total") == 1 ? TOTAL : rs.getInt("bucket");
            into.apply(rs, stats.computeIfAbsent(key, k -> new BucketStats()));
        }, params);
    }

    private static Overview.Percentiles percentiles(ResultSet rs, int column) throws SQLException {
        double p50 = rs.getDouble(column);
        if (rs.wasNull()) {
            return null;
        }
        return new Overview.Percentiles(round(p50), round(rs.getDouble(column + 1)));
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }

    /** Figures of one bucket (or the totals) while the queries fill them in. */
    private static final class BucketStats {
        long sessions;
        long turns;
        long interruptions;
        long errors;
        long refused;
        Overview.Percentiles voiceToVoice;
        final Map<String, Overview.Percentiles> stages = new TreeMap<>();

        Overview.Stats totals() {
            return new Overview.Stats(sessions, turns, interruptions, errors, refused, voiceToVoice, stages);
        }

        Overview.Bucket bucket(Instant start) {
            return new Overview.Bucket(start, sessions, turns, interruptions, errors, refused, voiceToVoice, stages);
        }
    }
}
