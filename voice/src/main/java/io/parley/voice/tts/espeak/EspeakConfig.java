package io.parley.voice.tts.espeak;

import java.util.Objects;

/**
 * @param defaultVoice       voice used when a request names none, e.g. {@code en-us}
 * @param chunkMs            audio per callback (espeak-ng's buffer length); smaller means earlier first audio
 * @param maxQueuedSentences sentences that may wait for the single synthesis thread
 */
public record EspeakConfig(String defaultVoice, int chunkMs, int maxQueuedSentences) {

    public EspeakConfig {
        Objects.requireNonNull(defaultVoice, "defaultVoice");
        if (chunkMs < 10 || chunkMs > 1000) {
            throw new IllegalArgumentException("chunkMs must be in 10..1000: " + chunkMs);
        }
        if (maxQueuedSentences < 1) {
            throw new IllegalArgumentException("maxQueuedSentences must be at least 1: " + maxQueuedSentences);
        }
    }

    /** US English, 40 ms chunks, 64 queued sentences. */
    public static EspeakConfig defaults() {
        return new EspeakConfig("en-us", 40, 64);
    }
}
