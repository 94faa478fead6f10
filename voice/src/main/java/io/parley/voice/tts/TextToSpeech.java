package io.parley.voice.tts;

/**
 * A streaming synthesiser: audio for a sentence arrives in chunks as it is produced, so playback can start
 * before the whole sentence is rendered.
 */
public interface TextToSpeech extends AutoCloseable {

    /** Short name used in logs, metrics and fallbacks, e.g. {@code espeak-ng}. */
    String name();

    /** The sample rate of the PCM this engine produces. */
    int sampleRate();

    /**
     * Starts synthesising {@code text} in {@code voice}. Chunks and completion arrive on the listener from the
     * engine's thread. The returned handle cancels the synthesis.
     */
    TtsJob synthesize(String text, String voice, TtsListener listener);

    @Override
    default void close() {
    }
}
