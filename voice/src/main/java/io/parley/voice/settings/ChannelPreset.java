package io.parley.voice.settings;

import java.util.List;

/**
 * Starting points per channel. Web follows the defaults of today's production voice stacks (threshold 0.5,
 * 300 ms prefix padding, 500 ms silence). Phone audio is 8 kHz, noisier and carries line echo, so it needs a
 * higher threshold and more patience; far-field devices hear the room, so they sit in between.
 */
public enum ChannelPreset {
    WEB("web", "Browser or app with a headset or laptop microphone.",
            new RealtimeSettings(0.5, 300, 500, 250, 3000, 300, 1, backchannels(), true, 1500, 7000, 1200,
                    PipelineMode.PIPELINE)),
    PHONE("phone", "PSTN or SIP call: 8 kHz narrowband, line noise and echo.",
            new RealtimeSettings(0.6, 300, 800, 300, 4000, 500, 2, backchannels(), true, 2000, 8000, 1500,
                    PipelineMode.PIPELINE)),
    DEVICE("device", "Far-field device (kiosk, speaker) that hears the whole room.",
            new RealtimeSettings(0.65, 400, 700, 300, 3500, 400, 2, backchannels(), true, 1500, 8000, 1400,
                    PipelineMode.PIPELINE));

    private final String id;
    private final String description;
    private final RealtimeSettings settings;

    ChannelPreset(String id, String description, RealtimeSettings settings) {
        this.id = id;
        this.description = description;
        this.settings = settings;
    }

    public String id() { return id; }
    public String description() { return description; }
    public RealtimeSettings settings() { return settings; }

    public static java.util.Optional<ChannelPreset> byId(String id) {
        for (ChannelPreset p : values()) {
            if (p.id.equalsIgnoreCase(id)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> backchannels() {
        return List.of("yeah", "yes", "yep", "uh-huh", "mm-hm", "mhm", "okay", "ok", "right", "sure", "got it",
                "i see", "alright");
    }
}
