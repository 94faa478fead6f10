-- Parley control plane: tenants, workspaces, people, keys, agents, deployments, sessions, events, audit.
-- Every tenant-owned row carries workspace_id, and every query filters on it.

create table tenants (
    id          uuid primary key,
    name        varchar(120) not null,
    created_at  timestamptz  not null default now()
);

create table users (
    id            uuid primary key,
    home_tenant_id uuid        not null references tenants (id),
    email         varchar(254) not null,
    display_name  varchar(120) not null,
    password_hash varchar(255) not null,
    created_at    timestamptz  not null default now()
);
create unique index users_email_lower on users (lower(email));

-- Opaque login tokens (bearer or cookie); only their SHA-256 is stored, so a database leak yields no live session.
create table user_tokens (
    id          uuid primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);

create table workspaces (
    id                uuid primary key,
    tenant_id         uuid         not null references tenants (id),
    name              varchar(120) not null,
    concurrency_quota integer      not null default 10 check (concurrency_quota between 1 and 10000),
    created_at        timestamptz  not null default now()
);
create index workspaces_tenant on workspaces (tenant_id);

create table members (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    user_id      uuid        not null references users (id) on delete cascade,
    role         varchar(16) not null check (role in ('OWNER', 'ADMIN', 'VIEWER')),
    created_at   timestamptz not null default now(),
    primary key (workspace_id, user_id)
);
create index members_user on members (user_id);

create table api_keys (
    id              uuid primary key,
    workspace_id    uuid         not null references workspaces (id) on delete cascade,
    name            varchar(120) not null,
    kind            varchar(16)  not null check (kind in ('SECRET', 'PUBLISHABLE')),
    -- First characters of the key, shown in lists so admins can tell keys apart.
    display_prefix  varchar(24)  not null,
    -- SHA-256 of the whole key: secret keys are shown once and never stored in clear.
    key_hash        varchar(64)  not null unique,
    -- Publishable keys are public by design (they ship in web pages), so the dashboard may show them again.
    publishable_key varchar(64),
    allowed_origins text[]       not null default '{}',
    created_at      timestamptz  not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
create index api_keys_workspace on api_keys (workspace_id);

create table agents (
    id           uuid primary key,
    workspace_id uuid          not null references workspaces (id) on delete cascade,
    name         varchar(120)  not null,
    instructions text          not null default '',
    greeting     varchar(1000) not null default '',
    language     varchar(35)   not null,
    voice        varchar(64)   not null,
    engines      jsonb         not null,
    flow         jsonb,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      bigint        not null default 0
);
create index agents_workspace on agents (workspace_id);

-- Real-time settings are columns with range checks that mirror io.parley.voice.settings.Setting,
-- so a value that slipped past the API still cannot reach a live pipeline.
create table deployments (
    id                              uuid primary key,
    workspace_id                    uuid         not null references workspaces (id) on delete cascade,
    agent_id                        uuid         not null references agents (id),
    name                            varchar(120) not null,
    channel                         varchar(16)  not null check (channel in ('WEB', 'PHONE', 'DEVICE')),
    vad_threshold                   double precision not null check (vad_threshold between 0.05 and 0.95),
    prefix_padding_ms               integer not null check (prefix_padding_ms between 0 and 1000),
    silence_to_end_turn_ms          integer not null check (silence_to_end_turn_ms between 100 and 5000),
    min_speech_ms                   integer not null check (min_speech_ms between 50 and 2000),
    max_wait_ms                     integer not null check (max_wait_ms between 500 and 10000),
    barge_in_min_duration_ms        integer not null check (barge_in_min_duration_ms between 100 and 3000),
    barge_in_min_words              integer not null check (barge_in_min_words between 0 and 10),
    backchannel_words               text[]  not null default '{}',
    resume_after_false_interruption boolean not null,
    resume_timeout_ms               integer not null check (resume_timeout_ms between 200 and 5000),
    dead_air_timeout_ms             integer not null check (dead_air_timeout_ms between 1000 and 30000),
    latency_budget_ms               integer not null check (latency_budget_ms between 200 and 10000),
    pipeline_mode                   varchar(16) not null check (pipeline_mode in ('PIPELINE', 'REALTIME')),
    allowed_origins                 text[]  not null default '{}',
    created_at                      timestamptz not null default now(),
    updated_at                      timestamptz not null default now(),
    version                         bigint  not null default 0
);
create index deployments_workspace on deployments (workspace_id);
create index deployments_agent on deployments (agent_id);

create table sessions (
    id            uuid primary key,
    workspace_id  uuid        not null references workspaces (id) on delete cascade,
    deployment_id uuid        not null references deployments (id),
    transport     varchar(24) not null,
    started_at    timestamptz not null,
    ended_at      timestamptz,
    outcome       varchar(24) not null default 'ACTIVE'
                  check (outcome in ('ACTIVE', 'COMPLETED', 'ABANDONED', 'FAILED', 'REFUSED')),
    end_reason    varchar(200),
    turns         integer     not null default 0,
    interruptions integer     not null default 0,
    errors        integer     not null default 0
);
create index sessions_workspace_started on sessions (workspace_id, started_at desc);
create index sessions_deployment_started on sessions (deployment_id, started_at desc);

-- One row per session event; (session_id, seq) makes replays from the local spool idempotent.
create table interaction_events (
    id           bigserial primary key,
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    session_id   uuid        not null references sessions (id) on delete cascade,
    seq          integer     not null,
    type         varchar(48) not null,
    turn_id      integer,
    occurred_at  timestamptz not null,
    payload      jsonb       not null default '{}',
    unique (session_id, seq)
);

create table audit_log (
    id           bigserial primary key,
    workspace_id uuid         references workspaces (id) on delete cascade,
    actor        varchar(120) not null,
    action       varchar(64)  not null,
    target_type  varchar(32)  not null,
    target_id    varchar(64),
    details      jsonb        not null default '{}',
    occurred_at  timestamptz  not null default now()
);
create index audit_log_workspace on audit_log (workspace_id, occurred_at desc);
