package io.parley.tenant.deployment;

import io.parley.voice.settings.ChannelPreset;
import io.parley.voice.settings.RealtimeSettings;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record DeploymentView(UUID id, UUID workspaceId, UUID agentId, String name, ChannelPreset channel,
                             RealtimeSettings settings, List<String> allowedOrigins, Instant createdAt,
                             Instant updatedAt, long version) {
}
