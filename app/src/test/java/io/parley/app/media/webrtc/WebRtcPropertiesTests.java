package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WebRtcPropertiesTests {

    @Test
    void bindsDefaultsAndIceServersFromConfiguration() {
        WebRtcProperties properties = bind(Map.of(
                "parley.webrtc.max-peers", "20",
                "parley.webrtc.ice-servers[0].urls[0]", "stun:stun.example.org:3478"));

        assertThat(properties.maxPeers()).isEqualTo(20);
        assertThat(properties.negotiationTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.iceServers()).containsExactly(IceServer.stun("stun:stun.example.org:3478"));
        assertThat(bind(Map.of()).maxPeers()).isEqualTo(WebRtcProperties.defaults().maxPeers());
    }

    @Test
    void refusesAnInvertedPortRange() {
        assertThatThrownBy(() -> bind(Map.of("parley.webrtc.min-port", "50100", "parley.webrtc.max-port", "50000")))
                .hasRootCauseMessage("parley.webrtc.min-port 50100 is above max-port 50000");
    }

    private static WebRtcProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("parley.webrtc", WebRtcProperties.class);
    }
}
