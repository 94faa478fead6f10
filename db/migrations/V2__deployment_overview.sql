-- Refused session requests, counted per deployment, five-minute bucket and reason. A refusal creates no session
-- row (a caller hammering a full node must not grow the sessions table), yet the overview charts must show it.
create table refused_sessions (
    workspace_id  uuid        not null references workspaces (id) on delete cascade,
    deployment_id uuid        not null references deployments (id) on delete cascade,
    bucket_start  timestamptz not null,
    reason        varchar(48) not null,
    refusals      integer     not null default 0 check (refusals >= 0),
    primary key (deployment_id, bucket_start, reason)
);

-- The overview reads one deployment's turn timelines, interruptions and errors over a time window.
create index interaction_events_type_time on interaction_events (type, occurred_at)
    where type in ('turn_timeline', 'interruption', 'engine_error');
