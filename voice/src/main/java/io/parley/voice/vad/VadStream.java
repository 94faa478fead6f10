package io.parley.voice.vad;

/** Per-call VAD state. Not thread-safe: the call's actor feeds it. */
public interface VadStream extends AutoCloseable {

    /** Speech probability (0..1) of one 20 ms frame of 16 kHz mono PCM16 (320 samples). */
    float speechProbability(short[] frame);

    @Override
    default void close() {
    }
}
