package io.parley.voice.vad;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.audio.TestAudio;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergyVadTests {

    @TempDir
    Path dir;

    @Test
    void speechStandsOutAboveAQuietLine() {
        short[] speech = TestAudio.trimmed(TestAudio.speech("Please transfer me to billing", dir));

        float[] p = SileroVadTests.score(new EnergyVad().open(),
                TestAudio.join(TestAudio.silence(500), speech, TestAudio.silence(500)));

        assertThat(SileroVadTests.max(p, 0, 25)).isLessThan(0.1f);
        assertThat(SileroVadTests.fractionAbove(java.util.Arrays.copyOfRange(p, 25, 25 + speech.length / 320), 0.5f))
                .isGreaterThan(0.6);
    }

    @Test
    void steadyHissBecomesTheNoiseFloorAndStopsCountingAsSpeech() {
        float[] p = SileroVadTests.score(new EnergyVad().open(), TestAudio.whiteNoise(8000, -40, 5));

        // While the floor climbs to the hiss level the early frames may score; once it has, they do not.
        assertThat(SileroVadTests.max(p, 300, p.length)).isLessThan(0.1f);
    }

    @Test
    void theGateCallsOnlyVeryQuietFramesSilence() {
        EnergyGate gate = EnergyGate.standard();

        assertThat(gate.isClearSilence(TestAudio.silence(20))).isTrue();
        assertThat(gate.isClearSilence(TestAudio.whiteNoise(20, -65, 1))).isTrue();
        assertThat(gate.isClearSilence(TestAudio.whiteNoise(20, -45, 1))).isFalse();
        assertThat(gate.isClearSilence(TestAudio.tone(200, 20, 16000, 0.1))).isFalse();
    }
}
