package io.parley.tenant.overview;

/**
 * The SQL behind the overview. Every query is scoped to one workspace and deployment, puts each row in bucket
 * {@code floor((time - from) / bucketSeconds)} and adds a totals row ({@code grouping(bucket) = 1}) in the same pass.
 * Parameters, in order: workspace, deployment, window start, window end, then bucket origin and bucket seconds.
 */
final class OverviewQueries {

    private static final String BUCKET = "floor(extract(epoch from (%s - ?)) / ?)::int as bucket";

    /** The latest timeline of each turn: one is sent at first audio and a later one after client playback. */
    private static final String TIMELINES = """
            with t as (
                select distinct on (e.session_id, e.payload->>'turnId') e.occurred_at, e.payload
                from interaction_events e join sessions s on s.id = e.session_id
                where e.type = 'turn_timeline' and s.workspace_id = ? and s.deployment_id = ?
                  and e.occurred_at >= ? and e.occurred_at < ?
                order by e.session_id, e.payload->>'turnId', e.seq desc
            ), b as (select %s, payload from t)
            """.formatted(BUCKET.formatted("occurred_at"));

    static final String TURNS = TIMELINES + """
            select bucket, grouping(bucket) as total, count(*),
                   percentile_cont(0.5) within group (order by (payload->>'voiceToVoiceMs')::float8)
                       filter (where (payload->>'voiceToVoiceMs')::float8 >= 0),
                   percentile_cont(0.95) within group (order by (payload->>'voiceToVoiceMs')::float8)
                       filter (where (payload->>'voiceToVoiceMs')::float8 >= 0)
            from b group by grouping sets ((bucket), ())
            """;

    static final String STAGES = TIMELINES + """
            select bucket, grouping(bucket) as total, g.key,
                   percentile_cont(0.5) within group (order by g.value::float8),
                   percentile_cont(0.95) within group (order by g.value::float8)
            from b cross join lateral jsonb_each_text(coalesce(b.payload->'gapsMs', '{}'::jsonb)) g
            group by grouping sets ((bucket, g.key), (g.key))
            """;

    static final String EVENTS = """
            with w as (
                select e.type, e.payload, e.occurred_at
                from interaction_events e join sessions s on s.id = e.session_id
                where e.type in ('interruption', 'engine_error') and s.workspace_id = ? and s.deployment_id = ?
                  and e.occurred_at >= ? and e.occurred_at < ?
            ), b as (select type, payload, %s from w)
            select bucket, grouping(bucket) as total,
                   count(*) filter (where type = 'interruption' and payload->>'outcome' = 'INTERRUPTED'),
                   count(*) filter (where type = 'engine_error')
            from b group by grouping sets ((bucket), ())
            """.formatted(BUCKET.formatted("occurred_at"));

    static final String SESSIONS = """
            with w as (
                select started_at from sessions
                where workspace_id = ? and deployment_id = ? and started_at >= ? and started_at < ?
            ), b as (select %s from w)
            select bucket, grouping(bucket) as total, count(*) from b group by grouping sets ((bucket), ())
            """.formatted(BUCKET.formatted("started_at"));

    static final String REFUSALS = """
            with w as (
                select refusals, bucket_start from refused_sessions
                where workspace_id = ? and deployment_id = ? and bucket_start >= ? and bucket_start < ?
            ), b as (select refusals, %s from w)
            select bucket, grouping(bucket) as total, sum(refusals) from b group by grouping sets ((bucket), ())
            """.formatted(BUCKET.formatted("bucket_start"));

    private OverviewQueries() {
    }
}
