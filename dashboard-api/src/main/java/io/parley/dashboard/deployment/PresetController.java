package io.parley.dashboard.deployment;

import io.parley.voice.settings.ChannelPreset;
import io.parley.voice.settings.RealtimeSettings;
import io.parley.voice.settings.Setting;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The channel presets and every setting's allowed range, so clients can build forms that match the server. */
@RestController
class PresetController {

    record Preset(String channel, String description, RealtimeSettings settings) {
    }

    record SettingRange(String field, double min, double max, String unit, String description) {
    }

    record Presets(List<Preset> presets, List<SettingRange> ranges, int maxBackchannelWords) {
    }

    private static final Presets PRESETS = new Presets(
            Arrays.stream(ChannelPreset.values()).map(p -> new Preset(p.name(), p.description(), p.settings())).toList(),
            Arrays.stream(Setting.values()).map(s -> new SettingRange(s.field(), s.min(), s.max(), s.unit(),
                    s.description())).toList(),
            Setting.MAX_BACKCHANNEL_WORDS);

    @GetMapping("/v1/deployment-presets")
    Presets presets() {
        return PRESETS;
    }
}
