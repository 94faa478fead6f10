package io.parley.voice.pipeline;

import io.parley.voice.audio.PcmFrame;

/**
 * Where a session's paced audio goes (a media plane). Called on the session's thread every 20 ms while the agent
 * speaks; must not block.
 */
@FunctionalInterface
public interface AudioOutput {

    AudioOutput DISCARD = (turnId, frame) -> { };

    /** @param frame 20 ms (or less, at a sentence's end) of agent audio at the TTS engine's rate */
    void play(long turnId, PcmFrame frame);

    /**
     * The caller interrupted or the reply was stopped: drop whatever of {@code turnId} the transport still holds
     * (jitter buffers, send queues), so the agent falls silent at once.
     */
    default void flush(long turnId) {
    }
}
