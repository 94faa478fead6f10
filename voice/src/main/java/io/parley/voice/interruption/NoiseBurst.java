package io.parley.voice.interruption;

/**
 * Loud sound the VAD does not call speech (a cough, a door, a dropped cup). It never interrupts, but the interaction
 * log should say it was heard and ignored as noise rather than stay silent about it.
 */
final class NoiseBurst {

    /** Louder than this is a sound worth logging; a quiet room sits far below. */
    static final double LOUD_DBFS = -40.0;
    /** Shorter blips (a click) are not worth a log line. */
    static final int MIN_MS = 60;
    /** Quiet this long ends a burst. */
    static final int END_MS = 200;

    private long startMs = -1;
    private long lastLoudMs;

    /**
     * Tracks one frame; returns the burst's duration when a burst just ended, or -1. {@code speech} frames are not
     * noise and end nothing here: the speech path judges them.
     */
    long onFrame(long frameEndMs, int frameMs, double levelDbfs, boolean speech) {
        boolean loud = !speech && levelDbfs >= LOUD_DBFS;
        if (loud) {
            if (startMs < 0) {
                startMs = frameEndMs - frameMs;
            }
            lastLoudMs = frameEndMs;
            return -1;
        }
        if (startMs >= 0 && (speech || frameEndMs - lastLoudMs >= END_MS)) {
            long duration = lastLoudMs - startMs;
            startMs = -1;
            return speech || duration < MIN_MS ? -1 : duration;
        }
        return -1;
    }

    void reset() {
        startMs = -1;
    }
}
