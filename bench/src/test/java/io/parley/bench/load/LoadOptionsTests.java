package io.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadOptionsTests {

    @Test
    void aSweepRunsItsStepsInOrderWithTheGivenPacing() {
        LoadOptions o = LoadOptions.parse("--steps", "1,10,50", "--ramp-up=5", "--duration", "30", "--engines",
                "standin", "--faults", "reconnect,engine-error", "--stt-ms", "120", "--node-setting",
                "parley.engines.warm-up=false");

        assertThat(o.steps()).containsExactly(1, 10, 50);
        assertThat(o.maxSessions()).isEqualTo(50);
        assertThat(o.rampUpSeconds()).isEqualTo(5);
        assertThat(o.durationSeconds()).isEqualTo(30);
        assertThat(o.faults()).containsExactly("engine-error", "reconnect");
        assertThat(o.engineMs()).containsEntry("stt", 120).containsEntry("llm", 300).containsEntry("tts", 80);
        assertThat(o.nodeSettings()).containsExactly("--parley.engines.warm-up=false");
    }

    @Test
    void runsAreBoundedInCallersAndTime() {
        assertThatThrownBy(() -> LoadOptions.parse("--sessions", "1001")).hasMessageContaining("between 1 and 1000");
        assertThatThrownBy(() -> LoadOptions.parse("--duration", "3600")).hasMessageContaining("--duration");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> LoadOptions.parse("--faults", "meteor")).hasMessageContaining("unknown fault 'meteor'");
        assertThatThrownBy(() -> LoadOptions.parse("--sesions", "5")).hasMessageContaining("unknown option --sesions");
        assertThatThrownBy(() -> LoadOptions.parse("--faults", "engine-timeout"))
                .hasMessageContaining("engine faults need --engines standin");
        assertThatThrownBy(() -> LoadOptions.parse("--target", "http://127.0.0.1:8080"))
                .hasMessageContaining("--secret-key");
        assertThatThrownBy(() -> LoadOptions.parse("--target", "http://x", "--secret-key", "sk", "--workspace", "w",
                "--deployment", "d", "--faults", "postgres")).hasMessageContaining("launches");
    }

    @Test
    void webRtcCallersAreAFewRealPeersThatDoNotDropTheirSocket() {
        assertThat(LoadOptions.parse().transport()).isEqualTo("websocket");
        assertThat(LoadOptions.parse().warmUpSeconds()).isEqualTo(10);
        assertThat(LoadOptions.parse("--transport", "webrtc", "--steps", "1,100", "--warm-up", "0").transport())
                .isEqualTo("webrtc");
        assertThatThrownBy(() -> LoadOptions.parse("--transport", "webrtc", "--sessions", "101"))
                .hasMessageContaining("limited to 100");
        assertThatThrownBy(() -> LoadOptions.parse("--transport", "webrtc", "--faults", "reconnect"))
                .hasMessageContaining("reconnect");
        assertThatThrownBy(() -> LoadOptions.parse("--transport", "sip")).hasMessageContaining("websocket or webrtc");
        assertThatThrownBy(() -> LoadOptions.parse("--warm-up", "-1")).hasMessageContaining("--warm-up");
    }
}
