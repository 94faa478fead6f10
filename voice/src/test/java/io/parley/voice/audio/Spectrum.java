package io.parley.voice.audio;

/** Band energy by direct DFT with a Hann window: slow, exact and independent of the code under test. */
final class Spectrum {

    private Spectrum() {
    }

    /** Energy of {@code samples} (first 4096 after skipping {@code skip}) between {@code loHz} and {@code hiHz}. */
    static double bandEnergy(short[] samples, int skip, int rate, double loHz, double hiHz) {
        int n = Math.min(4096, samples.length - skip);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            x[i] = samples[skip + i] * hann;
        }
        double total = 0;
        for (int k = 1; k < n / 2; k++) {
            double hz = (double) k * rate / n;
            if (hz < loHz || hz > hiHz) {
                continue;
            }
            double re = 0;
            double im = 0;
            for (int i = 0; i < n; i++) {
                double angle = 2 * Math.PI * k * i / n;
                re += x[i] * Math.cos(angle);
                im -= x[i] * Math.sin(angle);
            }
            total += re * re + im * im;
        }
        return total;
    }

    /** Frequency of the strongest DFT bin (resolution rate / n). */
    static double peakHz(short[] samples, int skip, int rate) {
        int n = Math.min(4096, samples.length - skip);
        double best = -1;
        int bestK = 0;
        for (int k = 1; k < n / 2; k++) {
            double re = 0;
            double im = 0;
            for (int i = 0; i < n; i++) {
                double angle = 2 * Math.PI * k * i / n;
                re += samples[skip + i] * Math.cos(angle);
                im -= samples[skip + i] * Math.sin(angle);
            }
            double p = re * re + im * im;
            if (p > best) {
                best = p;
                bestK = k;
            }
        }
        return (double) bestK * rate / n;
    }

    static double db(double ratio) {
        return 10 * Math.log10(ratio);
    }
}
