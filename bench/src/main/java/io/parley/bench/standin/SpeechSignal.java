package io.parley.bench.standin;

import java.util.SplittableRandom;

/**
 * Speech-like PCM for the TTS stand-in: a voiced buzz (a 100-140 Hz fundamental and harmonics shaped by three
 * formant-like peaks) in syllables of about 200 ms with short gaps, so voice activity detectors and level meters
 * react as they do to speech. It is not speech: no words can be heard in it.
 */
final class SpeechSignal {

    private final int sampleRate;
    private final SplittableRandom random;
    private double phase;
    private long n;

    SpeechSignal(int sampleRate, long seed) {
        this.sampleRate = sampleRate;
        this.random = new SplittableRandom(seed);
    }

    /** The next {@code count} samples. */
    short[] next(int count) {
        short[] out = new short[count];
        for (int i = 0; i < count; i++, n++) {
            double t = (double) n / sampleRate;
            double syllable = (t * 5) % 1.0; // five syllables a second
            double envelope = syllable < 0.8 ? Math.pow(Math.sin(Math.PI * syllable / 0.8), 2) : 0;
            double f0 = 120 + 20 * Math.sin(2 * Math.PI * 0.7 * t);
            phase += 2 * Math.PI * f0 / sampleRate;
            double voiced = 0;
            for (int h = 1; h <= 20; h++) {
                double f = h * f0;
                double weight = peak(f, 600, 150) + 0.6 * peak(f, 1500, 200) + 0.3 * peak(f, 2600, 250) + 0.05;
                voiced += weight * Math.sin(h * phase) / h;
            }
            double sample = 9000 * envelope * voiced + 60 * (random.nextDouble() - 0.5);
            out[i] = (short) Math.clamp(Math.round(sample), Short.MIN_VALUE, Short.MAX_VALUE);
        }
        return out;
    }

    /** White noise at a high level, for the garbage fault. */
    short[] noise(int count) {
        short[] out = new short[count];
        for (int i = 0; i < count; i++) {
            out[i] = (short) random.nextInt(-20_000, 20_000);
        }
        return out;
    }

    private static double peak(double f, double centre, double width) {
        double d = (f - centre) / width;
        return Math.exp(-d * d);
    }
}
