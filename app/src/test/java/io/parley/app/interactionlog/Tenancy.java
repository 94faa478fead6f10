package io.parley.app.interactionlog;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** A workspace with one deployment, the rows a session's log refers to. */
record Tenancy(UUID workspaceId, UUID deploymentId) {

    static Tenancy seed(JdbcTemplate jdbc) {
        UUID tenant = UUID.randomUUID();
        UUID workspace = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        UUID deployment = UUID.randomUUID();
        jdbc.update("insert into tenants (id, name) values (?, 'Interaction log')", tenant);
        jdbc.update("insert into workspaces (id, tenant_id, name) values (?, ?, 'Calls')", workspace, tenant);
        jdbc.update("""
                insert into agents (id, workspace_id, name, language, voice, engines)
                values (?, ?, 'Receptionist', 'en-US', 'default', '{}'::jsonb)""", agent, workspace);
        jdbc.update("""
                insert into deployments (id, workspace_id, agent_id, name, channel, vad_threshold, prefix_padding_ms,
                    silence_to_end_turn_ms, min_speech_ms, max_wait_ms, barge_in_min_duration_ms, barge_in_min_words,
                    resume_after_false_interruption, resume_timeout_ms, dead_air_timeout_ms, latency_budget_ms,
                    pipeline_mode)
                values (?, ?, ?, 'Website', 'WEB', 0.5, 300, 600, 200, 3000, 300, 1, true, 1000, 5000, 1200,
                    'PIPELINE')""", deployment, workspace, agent);
        return new Tenancy(workspace, deployment);
    }
}
