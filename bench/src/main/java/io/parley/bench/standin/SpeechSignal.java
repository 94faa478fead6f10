package io.parley.bench.standin;

import java.util.SplittableRandom;

/**
 * Speech-like PCM for the TTS stand-in: a voiced buzz (a 100-140 Hz fundamental and harmonics shaped by three
 * formant-like peaks) in syllables of about 200 ms with short gaps, so voice activity detectors and level meters
 * react as they do to speech. It is not speech: no words can be heard in it.
 *
 * <p>The signal is rendered once (ten seconds, as little-endian bytes) and streams are cut from it at a random
 * offset, so hundreds of concurrent streams cost the stand-in a copy per chunk, not a synthesis: capacity tests
 * must measure the node, not the stand-in.
 */
final class SpeechSignal {

    private static final int SECONDS = 10;
    private static final byte[] SPEECH = render(OpenAiSpeechStandin.RATE);
    private static final byte[] NOISE = noise(OpenAiSpeechStandin.RATE);

    private final byte[] source;
    private int position;

    /** A stream of speech-like audio (or, for the garbage fault, loud white noise) starting at a random point. */
    SpeechSignal(boolean garbage, long seed) {
        this.source = garbage ? NOISE : SPEECH;
        this.position = new SplittableRandom(seed).nextInt(source.length / 2) * 2;
    }

    /** The next {@code samples} samples as PCM16 little-endian bytes. */
    byte[] next(int samples) {
        byte[] out = new byte[samples * 2];
        for (int filled = 0; filled < out.length; ) {
            int n = Math.min(out.length - filled, source.length - position);
            System.arraycopy(source, position, out, filled, n);
            filled += n;
            position = (position + n) % source.length;
        }
        return out;
    }

    private static byte[] render(int rate) {
        byte[] out = new byte[SECONDS * rate * 2];
        SplittableRandom random = new SplittableRandom(42);
        double phase = 0;
        for (int n = 0; n < out.length / 2; n++) {
            double t = (double) n / rate;
            double syllable = (t * 5) % 1.0; // five syllables a second
            double envelope = syllable < 0.8 ? Math.pow(Math.sin(Math.PI * syllable / 0.8), 2) : 0;
            double f0 = 120 + 20 * Math.sin(2 * Math.PI * 0.7 * t);
            phase += 2 * Math.PI * f0 / rate;
            double voiced = 0;
            for (int h = 1; h <= 20; h++) {
                double f = h * f0;
                double weight = peak(f, 600, 150) + 0.6 * peak(f, 1500, 200) + 0.3 * peak(f, 2600, 250) + 0.05;
                voiced += weight * Math.sin(h * phase) / h;
            }
            double sample = 9000 * envelope * voiced + 60 * (random.nextDouble() - 0.5);
            short s = (short) Math.clamp(Math.round(sample), Short.MIN_VALUE, Short.MAX_VALUE);
            out[2 * n] = (byte) s;
            out[2 * n + 1] = (byte) (s >> 8);
        }
        return out;
    }

    private static byte[] noise(int rate) {
        byte[] out = new byte[SECONDS * rate * 2];
        SplittableRandom random = new SplittableRandom(43);
        for (int n = 0; n < out.length / 2; n++) {
            short s = (short) random.nextInt(-20_000, 20_000);
            out[2 * n] = (byte) s;
            out[2 * n + 1] = (byte) (s >> 8);
        }
        return out;
    }

    private static double peak(double f, double centre, double width) {
        double d = (f - centre) / width;
        return Math.exp(-d * d);
    }
}
