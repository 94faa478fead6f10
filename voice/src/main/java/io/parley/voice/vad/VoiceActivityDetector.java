package io.parley.voice.vad;

/**
 * Scores audio for speech. Implementations hold shared, expensive state (a model); each call gets a
 * {@link VadStream} with its own recurrent state.
 */
public interface VoiceActivityDetector extends AutoCloseable {

    String name();

    VadStream open();

    @Override
    default void close() {
    }
}
