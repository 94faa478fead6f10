package io.parley.app.media.webrtc;

/**
 * Converts a continuous mono PCM16 stream from one fixed rate to another, chunk by chunk, keeping state across
 * chunks so chunk borders leave no clicks. Downsampling first runs a short windowed-sinc low-pass at the input
 * rate (so 48 kHz speech does not fold into the 16 kHz band), then both directions interpolate linearly.
 * Good enough for speech on a media plane; not a mastering-grade converter.
 */
final class StreamResampler {

    private static final int TAPS = 33;

    private final int inputRate;
    private final int outputRate;
    private final double step;
    private final double[] lowPass;
    private final double[] history = new double[TAPS - 1];
    private double previous;
    private double position = 1.0;

    StreamResampler(int inputRate, int outputRate) {
        if (inputRate <= 0 || outputRate <= 0) {
            throw new IllegalArgumentException("rates must be positive: " + inputRate + " -> " + outputRate);
        }
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        this.step = (double) inputRate / outputRate;
        this.lowPass = outputRate < inputRate ? lowPassTaps(0.45 * outputRate / inputRate) : null;
    }

    int inputRate() {
        return inputRate;
    }

    int outputRate() {
        return outputRate;
    }

    short[] process(short[] input) {
        if (inputRate == outputRate) {
            return input.clone();
        }
        double[] x = filtered(input);
        // x[0] is the last sample of the previous chunk, x[1..n] this chunk; position counts from x[0].
        int n = input.length;
        int capacity = (int) Math.ceil((n + 1 - position) / step) + 1;
        short[] out = new short[Math.max(capacity, 0)];
        int count = 0;
        while (position < n) {
            int index = (int) position;
            double fraction = position - index;
            double value = x[index] + (x[index + 1] - x[index]) * fraction;
            out[count++] = clamp(value);
            position += step;
        }
        position -= n;
        previous = x[n];
        return count == out.length ? out : java.util.Arrays.copyOf(out, count);
    }

    private double[] filtered(short[] input) {
        double[] x = new double[input.length + 1];
        x[0] = previous;
        if (lowPass == null) {
            for (int i = 0; i < input.length; i++) {
                x[i + 1] = input[i];
            }
            return x;
        }
        int keep = history.length;
        double[] extended = new double[keep + input.length];
        System.arraycopy(history, 0, extended, 0, keep);
        for (int i = 0; i < input.length; i++) {
            extended[keep + i] = input[i];
        }
        for (int i = 0; i < input.length; i++) {
            double sum = 0;
            int newest = keep + i;
            for (int tap = 0; tap < TAPS; tap++) {
                sum += lowPass[tap] * extended[newest - tap];
            }
            x[i + 1] = sum;
        }
        System.arraycopy(extended, extended.length - keep, history, 0, keep);
        return x;
    }

    /** Hamming-windowed sinc with cutoff {@code cutoff} cycles per input sample, normalised to unity gain. */
    private static double[] lowPassTaps(double cutoff) {
        double[] taps = new double[TAPS];
        int middle = TAPS / 2;
        double sum = 0;
        for (int i = 0; i < TAPS; i++) {
            int k = i - middle;
            double sinc = k == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * k) / (Math.PI * k);
            double window = 0.54 - 0.46 * Math.cos(2 * Math.PI * i / (TAPS - 1));
            taps[i] = sinc * window;
            sum += taps[i];
        }
        for (int i = 0; i < TAPS; i++) {
            taps[i] /= sum;
        }
        return taps;
    }

    private static short clamp(double value) {
        long rounded = Math.round(value);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
    }
}
