package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StreamResamplerTests {

    @Test
    void keepsTheDurationAndThePitchAcrossChunkBorders() {
        StreamResampler resampler = new StreamResampler(48_000, 16_000);
        short[] out = new short[0];
        // One second of 440 Hz in 10 ms chunks, as WebRTC delivers it.
        for (int chunk = 0; chunk < 100; chunk++) {
            out = concat(out, resampler.process(tone(440, 48_000, chunk * 480, 480)));
        }

        assertThat(out.length).isCloseTo(16_000, within(2));
        assertThat(dominantFrequency(out, 16_000)).isCloseTo(440.0, within(5.0));
        assertThat(maxStep(out, 200)).as("no clicks at chunk borders").isLessThan(2_000);
    }

    @Test
    void downsamplingFiltersWhatTheLowerRateCannotCarry() {
        StreamResampler resampler = new StreamResampler(48_000, 16_000);
        short[] out = resampler.process(tone(12_000, 48_000, 0, 48_000));

        // 12 kHz is above 8 kHz: unfiltered it would fold to 4 kHz at full strength.
        assertThat(Levels.rms(java.util.Arrays.copyOfRange(out, 100, out.length)))
                .isLessThan(0.1 * Levels.rms(tone(12_000, 48_000, 0, 48_000)));
    }

    @Test
    void upsamplesTtsAudioForTheEncoder() {
        StreamResampler resampler = new StreamResampler(22_050, 48_000);
        short[] out = new short[0];
        for (int chunk = 0; chunk < 50; chunk++) {
            out = concat(out, resampler.process(tone(300, 22_050, chunk * 441, 441)));
        }

        assertThat(out.length).isCloseTo(48_000, within(3));
        assertThat(dominantFrequency(out, 48_000)).isCloseTo(300.0, within(5.0));
    }

    static short[] tone(double hz, int rate, int offset, int count) {
        short[] samples = new short[count];
        for (int i = 0; i < count; i++) {
            samples[i] = (short) (10_000 * Math.sin(2 * Math.PI * hz * (offset + i) / rate));
        }
        return samples;
    }

    /** Counts zero crossings, enough to tell a pure tone's frequency. */
    static double dominantFrequency(short[] samples, int rate) {
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 * rate / samples.length;
    }

    private static int maxStep(short[] samples, int skip) {
        int max = 0;
        for (int i = skip + 1; i < samples.length; i++) {
            max = Math.max(max, Math.abs(samples[i] - samples[i - 1]));
        }
        return max;
    }

    private static short[] concat(short[] a, short[] b) {
        short[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
