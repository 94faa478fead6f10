package io.parley.app.media.webrtc;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Embedded WebRTC media plane settings ({@code parley.webrtc.*}).
 *
 * @param maxPeers          peer connections this node holds at once; one more is refused, live calls are untouched
 * @param minPort           lowest local UDP/TCP port for ICE candidates, 0 for the operating system's choice
 * @param maxPort           highest local port for ICE candidates, 0 for the operating system's choice
 * @param negotiationTimeout how long one SDP step (set description, create answer) may take before it fails
 * @param agentAudioBuffer  agent audio a call may hold ahead of playback; more is dropped (the session paces it)
 * @param iceServers        STUN/TURN servers used when a call does not bring its own
 */
@Validated
@ConfigurationProperties("parley.webrtc")
public record WebRtcProperties(
        @Min(1) @Max(10_000) @DefaultValue("100") int maxPeers,
        @Min(0) @Max(65_535) @DefaultValue("0") int minPort,
        @Min(0) @Max(65_535) @DefaultValue("0") int maxPort,
        @NotNull @DefaultValue("5s") Duration negotiationTimeout,
        @NotNull @DefaultValue("2s") Duration agentAudioBuffer,
        @NotNull @Valid @DefaultValue({}) List<IceServer> iceServers) {

    public WebRtcProperties {
        if (minPort != 0 && maxPort != 0 && minPort > maxPort) {
            throw new IllegalArgumentException("parley.webrtc.min-port " + minPort + " is above max-port " + maxPort);
        }
        if (negotiationTimeout.isNegative() || negotiationTimeout.isZero()) {
            throw new IllegalArgumentException("parley.webrtc.negotiation-timeout must be positive");
        }
        if (agentAudioBuffer.toMillis() < 20) {
            throw new IllegalArgumentException("parley.webrtc.agent-audio-buffer must hold at least 20 ms");
        }
        iceServers = List.copyOf(iceServers);
    }

    /** Defaults, for code that builds the plane without Spring. */
    public static WebRtcProperties defaults() {
        return new WebRtcProperties(100, 0, 0, Duration.ofSeconds(5), Duration.ofSeconds(2), List.of());
    }
}
