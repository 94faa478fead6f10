package io.parley.voice.pipeline;

import io.parley.voice.vad.VadStream;
import io.parley.voice.vad.VoiceActivityDetector;

/** Loud frames are speech: enough to drive turn-taking with synthetic caller audio. */
public final class EnergyVad implements VoiceActivityDetector {

    @Override
    public String name() {
        return "energy";
    }

    @Override
    public VadStream open() {
        return frame -> {
            double sum = 0;
            for (short s : frame) {
                sum += (double) s * s;
            }
            return Math.sqrt(sum / Math.max(1, frame.length)) > 500 ? 1f : 0f;
        };
    }
}
