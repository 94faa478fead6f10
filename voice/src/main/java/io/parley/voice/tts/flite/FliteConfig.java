package io.parley.voice.tts.flite;

import java.util.Objects;

/**
 * @param defaultVoice       voice used when a request names none: {@code slt}, {@code kal16}, {@code awb} or {@code rms}
 * @param chunkMs            minimum audio per streamed chunk
 * @param maxQueuedSentences sentences that may wait for the synthesis thread
 */
public record FliteConfig(String defaultVoice, int chunkMs, int maxQueuedSentences) {

    /** Every voice Parley offers for flite renders at this rate. */
    public static final int SAMPLE_RATE = 16_000;

    public FliteConfig {
        Objects.requireNonNull(defaultVoice, "defaultVoice");
        if (!FliteRenderer.VOICES.contains(defaultVoice)) {
            throw new IllegalArgumentException("unknown flite voice " + defaultVoice + "; choose one of "
                    + FliteRenderer.VOICES);
        }
        if (chunkMs < 10 || chunkMs > 1000) {
            throw new IllegalArgumentException("chunkMs must be in 10..1000: " + chunkMs);
        }
        if (maxQueuedSentences < 1) {
            throw new IllegalArgumentException("maxQueuedSentences must be at least 1: " + maxQueuedSentences);
        }
    }

    /** The slt voice, 40 ms chunks, 64 queued sentences. */
    public static FliteConfig defaults() {
        return new FliteConfig("slt", 40, 64);
    }
}
