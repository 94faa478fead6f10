package io.parley.voice.simulator;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.AgentConfigs;
import io.parley.voice.settings.ChannelPreset;
import io.parley.voice.settings.RealtimeSettings;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An agent file: either an {@link AgentConfig} as the control plane stores it, or
 * {@code {"agent": {...}, "preset": "phone", "settings": {...}}} to pin the real-time settings too.
 */
record AgentFile(AgentConfig agent, RealtimeSettings settings) {

    static AgentFile read(Path path, String presetOverride, JsonMapper mapper) throws IOException {
        JsonMapper lenient = mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        JsonNode root = lenient.readTree(Files.readString(path));
        JsonNode agentNode = root.has("agent") ? root.get("agent") : root;
        AgentConfig agent = AgentConfigs.read(new java.io.ByteArrayInputStream(
                lenient.writeValueAsBytes(agentNode)));
        String presetName = presetOverride != null ? presetOverride
                : root.has("preset") ? root.get("preset").asString() : "web";
        ChannelPreset preset = ChannelPreset.byId(presetName)
                .orElseThrow(() -> new IllegalArgumentException("unknown preset: " + presetName));
        RealtimeSettings settings = root.has("settings")
                ? lenient.treeToValue(root.get("settings"), RealtimeSettings.class)
                : preset.settings();
        return new AgentFile(agent, settings);
    }
}
