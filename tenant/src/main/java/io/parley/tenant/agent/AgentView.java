package io.parley.tenant.agent;

import io.parley.voice.agent.AgentConfig;
import java.time.Instant;
import java.util.UUID;

/** A stored agent: its configuration in the engine's own shape, plus identity and history. */
public record AgentView(UUID id, UUID workspaceId, AgentConfig config, Instant createdAt, Instant updatedAt,
                        long version) {
}
