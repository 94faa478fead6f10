package io.parley.app.media;

import io.parley.voice.audio.PcmFrame;
import io.parley.voice.audio.Resampler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings agent audio to the rate a transport sends. Each source rate keeps its own streaming resampler, so the
 * filter state carries across chunks (no clicks at 20 ms boundaries) and a fallback voice at another rate does not
 * disturb the first.
 */
public final class OutputResampler {

    private final int targetRate;
    private final Map<Integer, Resampler> bySourceRate = new ConcurrentHashMap<>();

    public OutputResampler(int targetRate) {
        this.targetRate = targetRate;
    }

    public int targetRate() {
        return targetRate;
    }

    /** The frame's samples at the target rate (possibly empty while the filter fills). */
    public short[] convert(PcmFrame frame) {
        return frame.sampleRate() == targetRate ? frame.samples()
                : bySourceRate.computeIfAbsent(frame.sampleRate(), rate -> Resampler.of(rate, targetRate))
                        .process(frame.samples());
    }
}
