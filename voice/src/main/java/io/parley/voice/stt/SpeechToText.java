package io.parley.voice.stt;

/**
 * A streaming speech recogniser. One {@link SttStream} per user utterance (or per call, if the engine prefers);
 * results arrive on the listener from the engine's own thread, so listeners must hand them to their owner.
 */
public interface SpeechToText extends AutoCloseable {

    /** Short name used in logs, metrics and fallbacks, e.g. {@code pocketsphinx}. */
    String name();

    /** Opens a stream fed with 16 kHz mono PCM16. */
    SttStream open(SttRequest request, SttListener listener);

    @Override
    default void close() {
    }
}
