package io.parley.tenant.deployment;

import io.parley.voice.settings.ChannelPreset;
import java.util.List;
import java.util.UUID;

/**
 * A deployment as submitted. On update, null fields keep their value; {@code resetToPreset} re-applies the
 * channel's preset before the submitted settings.
 */
public record DeploymentDraft(String name, UUID agentId, ChannelPreset channel, SettingsPatch settings,
                              List<String> allowedOrigins, Boolean resetToPreset) {

    boolean resets() {
        return Boolean.TRUE.equals(resetToPreset);
    }
}
