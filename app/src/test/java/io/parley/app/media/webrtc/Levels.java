package io.parley.app.media.webrtc;

/** Signal levels for test assertions. */
final class Levels {

    private Levels() {
    }

    static double rms(short[] samples) {
        double sum = 0;
        for (short sample : samples) {
            sum += (double) sample * sample;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    }

    static double voicedMs(short[] samples, int rate, double threshold) {
        int window = rate / 50;
        int voiced = 0;
        for (int start = 0; start + window <= samples.length; start += window) {
            short[] slice = java.util.Arrays.copyOfRange(samples, start, start + window);
            if (rms(slice) > threshold) {
                voiced++;
            }
        }
        return voiced * 20.0;
    }
}
