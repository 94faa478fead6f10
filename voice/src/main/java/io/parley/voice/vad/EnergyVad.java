package io.parley.voice.vad;

import io.parley.voice.audio.Pcm16;

/**
 * The fallback VAD: scores a frame by how far its level stands above the stream's own noise floor. No model and no
 * native code, so it always works; it cannot tell a cough or a door from a word, which the Silero model can.
 */
public final class EnergyVad implements VoiceActivityDetector {

    /** Level above the noise floor at which a frame scores 0.5. */
    private static final double MARGIN_DB = 12.0;
    /** Width of the soft step from 0 to 1 around the margin. */
    private static final double SLOPE_DB = 2.5;
    /** Quieter than this is never speech, whatever the floor. */
    private static final double ABSOLUTE_MIN_DBFS = -50.0;

    @Override
    public String name() {
        return "energy";
    }

    @Override
    public VadStream open() {
        return new Stream();
    }

    private static final class Stream implements VadStream {
        private double noiseFloorDb = -60.0;

        @Override
        public float speechProbability(short[] frame) {
            double level = Pcm16.dbfs(frame);
            // The floor drops at once to a quieter frame and creeps up slowly, so steady hiss or hum becomes the
            // floor within seconds while a few seconds of speech barely move it.
            if (level < noiseFloorDb) {
                noiseFloorDb = level;
            } else {
                noiseFloorDb += Math.min(0.05, level - noiseFloorDb);
            }
            noiseFloorDb = Math.max(noiseFloorDb, -75.0);
            if (level < ABSOLUTE_MIN_DBFS) {
                return 0f;
            }
            double x = (level - noiseFloorDb - MARGIN_DB) / SLOPE_DB;
            return (float) (1 / (1 + Math.exp(-x)));
        }
    }
}
