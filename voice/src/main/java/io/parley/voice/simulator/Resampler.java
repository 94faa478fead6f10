package io.parley.voice.simulator;

/**
 * Sample-rate conversion for the simulator's files: linear interpolation after a moving-average low-pass when
 * going down. Good enough to feed a recogniser and to listen to; the live path uses the audio package's resampler.
 */
final class Resampler {

    private Resampler() {
    }

    static short[] convert(short[] in, int fromRate, int toRate) {
        if (fromRate == toRate || in.length == 0) {
            return in.clone();
        }
        short[] source = fromRate > toRate ? lowPass(in, (int) Math.ceil((double) fromRate / toRate)) : in;
        int outLength = (int) ((long) in.length * toRate / fromRate);
        short[] out = new short[outLength];
        double step = (double) fromRate / toRate;
        for (int i = 0; i < outLength; i++) {
            double pos = i * step;
            int j = (int) pos;
            double frac = pos - j;
            int a = source[Math.min(j, source.length - 1)];
            int b = source[Math.min(j + 1, source.length - 1)];
            out[i] = (short) Math.round(a + (b - a) * frac);
        }
        return out;
    }

    private static short[] lowPass(short[] in, int width) {
        if (width <= 1) {
            return in;
        }
        short[] out = new short[in.length];
        long sum = 0;
        for (int i = 0; i < in.length; i++) {
            sum += in[i];
            if (i >= width) {
                sum -= in[i - width];
            }
            out[i] = (short) (sum / Math.min(i + 1, width));
        }
        return out;
    }
}
