package io.parley.voice.audio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kaiser-windowed sinc low-pass filter of a rational resampler, split into {@code up} phases of {@code taps}
 * coefficients each. Tables are immutable and shared by every stream converting between the same two rates, so a
 * thousand calls at 48 kHz cost one table.
 */
final class PolyphaseFilter {

    /** Zero crossings of the sinc on each side: longer filters give a steeper transition band. */
    private static final int ZERO_CROSSINGS = 20;
    /** Cut-off as a fraction of the lower Nyquist frequency; the transition band sits around it. */
    private static final double ROLLOFF = 0.90;
    /** Kaiser beta for about 85 dB of stop-band rejection. */
    private static final double KAISER_BETA = 8.6;

    private static final Map<Long, PolyphaseFilter> CACHE = new ConcurrentHashMap<>();

    final int up;
    final int down;
    final int taps;
    /**
     * coefficients[phase * taps + k] multiplies input sample (i - taps + 1 + k) for an output at phase {@code phase}:
     * oldest sample first, so the convolution walks both arrays forwards.
     */
    final float[] coefficients;

    private PolyphaseFilter(int fromRate, int toRate) {
        int g = gcd(fromRate, toRate);
        this.up = toRate / g;
        this.down = fromRate / g;
        double cutoffHz = ROLLOFF * Math.min(fromRate, toRate) / 2.0;
        double upsampledRate = (double) fromRate * up;
        int length = (int) Math.ceil(ZERO_CROSSINGS * upsampledRate / cutoffHz);
        this.taps = (length + up - 1) / up;
        int total = taps * up;
        double center = (total - 1) / 2.0;
        double normalizedCutoff = 2 * cutoffHz / upsampledRate;
        double[] h = new double[total];
        double i0Beta = besselI0(KAISER_BETA);
        for (int k = 0; k < total; k++) {
            double x = k - center;
            double sinc = x == 0 ? 1 : Math.sin(Math.PI * normalizedCutoff * x) / (Math.PI * normalizedCutoff * x);
            double r = x / (center + 1);
            double window = besselI0(KAISER_BETA * Math.sqrt(Math.max(0, 1 - r * r))) / i0Beta;
            // The factor up restores the energy that zero-stuffing spreads over the phases.
            h[k] = up * normalizedCutoff * sinc * window;
        }
        this.coefficients = new float[total];
        for (int phase = 0; phase < up; phase++) {
            for (int j = 0; j < taps; j++) {
                coefficients[phase * taps + (taps - 1 - j)] = (float) h[phase + j * up];
            }
        }
    }

    static PolyphaseFilter between(int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("rates must be positive: " + fromRate + " -> " + toRate);
        }
        return CACHE.computeIfAbsent(((long) fromRate << 32) | toRate, key -> new PolyphaseFilter(fromRate, toRate));
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }
}
