package io.parley.voice.vad;

/**
 * Recognizes clear silence cheaply (one pass over the frame, no model), so the Silero VAD can skip inference for the
 * large share of a call in which nobody speaks. Speech sits around -35..-15 dBFS; a line with nobody on it is below
 * -55 dBFS.
 */
public final class EnergyGate {

    public static final double DEFAULT_THRESHOLD_DBFS = -55.0;

    private final double thresholdRms;

    public EnergyGate(double thresholdDbfs) {
        this.thresholdRms = Math.pow(10, thresholdDbfs / 20);
    }

    public static EnergyGate standard() {
        return new EnergyGate(DEFAULT_THRESHOLD_DBFS);
    }

    /** True when the frame is too quiet to hold speech. */
    public boolean isClearSilence(short[] frame) {
        // Compare squared sums to avoid a square root per frame.
        double limit = thresholdRms * 32768.0;
        long sum = 0;
        for (short s : frame) {
            sum += s * s;
        }
        return sum < limit * limit * frame.length;
    }
}
