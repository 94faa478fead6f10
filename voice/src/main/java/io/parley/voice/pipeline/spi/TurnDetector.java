package io.parley.voice.pipeline.spi;

/**
 * Decides, frame by frame, when the caller starts speaking and when their turn is over. Fed on the session's
 * thread with every 20 ms input frame and its speech probability; may use the running transcript to wait longer
 * after an unfinished sentence. One instance per call.
 */
public interface TurnDetector {

    /** @param nowNanos session clock time at the end of this frame */
    TurnSignal onFrame(short[] pcm, float speechProbability, long nowNanos);

    /** The latest partial transcript of the current utterance (a hint; may be ignored). */
    default void onTranscript(String partialText) {
    }

    /** Forget the current utterance (e.g. after the session discarded it). */
    void reset();
}
