package io.parley.voice.tts;

/** A synthesis in progress. */
public interface TtsJob {

    /** Stops producing audio; no further chunks are delivered after this returns. Idempotent. */
    void cancel();
}
