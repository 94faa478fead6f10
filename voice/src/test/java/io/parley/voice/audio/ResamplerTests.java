package io.parley.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ResamplerTests {

    @ParameterizedTest
    @CsvSource({"48000,16000", "16000,48000", "22050,16000", "16000,22050", "8000,16000", "16000,8000",
            "48000,8000", "22050,48000"})
    void keepsAOneKilohertzToneAtOneKilohertz(int from, int to) {
        short[] tone = TestAudio.tone(1000, 1000, from, 0.5);

        short[] out = Resampler.convert(tone, from, to);

        assertThat(out.length).isCloseTo((int) ((long) tone.length * to / from), within(2));
        assertThat(Spectrum.peakHz(out, to / 10, to)).isCloseTo(1000, within(2.0 * to / 4096));
        // Amplitude survives: the pass band is flat at 1 kHz.
        assertThat(Pcm16.rms(out, to / 10, to / 2)).isCloseTo(0.5 / Math.sqrt(2), within(0.01));
    }

    @ParameterizedTest
    @CsvSource({"48000,16000,12000", "48000,16000,9000", "16000,8000,5000", "22050,16000,10000",
            "48000,8000,6000"})
    void removesContentAboveTheNewNyquistInsteadOfAliasingIt(int from, int to, int hz) {
        short[] tooHigh = TestAudio.tone(hz, 1000, from, 0.5);
        short[] reference = TestAudio.tone(1000, 1000, from, 0.5);

        short[] aliased = Resampler.convert(tooHigh, from, to);
        short[] kept = Resampler.convert(reference, from, to);

        double leak = Spectrum.bandEnergy(aliased, to / 10, to, 0, to / 2.0);
        double signal = Spectrum.bandEnergy(kept, to / 10, to, 0, to / 2.0);
        assertThat(Spectrum.db(leak / signal)).isLessThan(-60);
    }

    @Test
    void upsamplingLeavesNoImagesAboveTheOriginalBand() {
        short[] tone = TestAudio.tone(3000, 1000, 8000, 0.5);

        short[] out = Resampler.convert(tone, 8000, 16000);

        double images = Spectrum.bandEnergy(out, 1600, 16000, 4400, 8000);
        double band = Spectrum.bandEnergy(out, 1600, 16000, 0, 4000);
        assertThat(Spectrum.db(images / band)).isLessThan(-60);
    }

    @ParameterizedTest
    @CsvSource({"48000,16000", "22050,16000", "8000,16000", "16000,22050"})
    void chunkBoundariesDoNotChangeASingleSample(int from, int to) {
        short[] signal = TestAudio.join(TestAudio.tone(440, 300, from, 0.4), TestAudio.tone(2500, 300, from, 0.3));
        short[] whole = Resampler.of(from, to).process(signal);

        Resampler streaming = Resampler.of(from, to);
        Random random = new Random(7);
        List<short[]> pieces = new ArrayList<>();
        for (int at = 0; at < signal.length; ) {
            int size = Math.min(signal.length - at, 1 + random.nextInt(700));
            pieces.add(streaming.process(java.util.Arrays.copyOfRange(signal, at, at + size)));
            at += size;
        }

        assertThat(Pcm16.concat(pieces)).containsExactly(whole);
    }

    @Test
    void flushReleasesTheDelayedTailSoNothingIsLost() {
        short[] tone = TestAudio.tone(1000, 200, 48000, 0.5);

        short[] out = Resampler.convert(tone, 48000, 16000);

        assertThat(out).hasSize(3200);
        assertThat(Pcm16.rms(out, 3000, 100)).isGreaterThan(0.2);
    }
}
