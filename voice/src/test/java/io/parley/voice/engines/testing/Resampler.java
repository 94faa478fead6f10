package io.parley.voice.engines.testing;

/**
 * A small windowed-sinc resampler for test audio (TTS output at 22.05 kHz into 16 kHz STT). The production
 * resampler lives in io.parley.voice.audio; this one only has to be good enough for recognition tests.
 */
public final class Resampler {

    private static final int HALF_TAPS = 16;

    private Resampler() {
    }

    public static short[] resample(short[] in, int from, int to) {
        if (from == to) {
            return in.clone();
        }
        double ratio = (double) to / from;
        double cutoff = Math.min(1.0, ratio); // low-pass below the lower Nyquist when downsampling
        int outLength = (int) Math.floor(in.length * ratio);
        short[] out = new short[outLength];
        for (int n = 0; n < outLength; n++) {
            double center = n / ratio;
            int first = (int) Math.floor(center) - HALF_TAPS + 1;
            double sum = 0;
            for (int k = first; k < first + 2 * HALF_TAPS; k++) {
                if (k < 0 || k >= in.length) {
                    continue;
                }
                double x = k - center;
                double window = 0.5 + 0.5 * Math.cos(Math.PI * x / HALF_TAPS);
                sum += in[k] * cutoff * sinc(cutoff * x) * window;
            }
            out[n] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sum)));
        }
        return out;
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }
}
