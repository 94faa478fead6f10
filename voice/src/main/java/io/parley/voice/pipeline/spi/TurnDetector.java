package io.parley.voice.pipeline.spi;

import java.util.List;

/**
 * Decides, frame by frame, when the caller starts speaking and when their turn is over. Fed on the session's
 * thread with every 20 ms input frame and its speech probability; may use the running transcript to wait longer
 * after an unfinished sentence. Times in its signals are frame time: milliseconds of audio since the detector
 * started, so the same recording always gives the same decisions. One instance per call.
 */
public interface TurnDetector {

    /** The decisions taken at this frame, usually none. */
    List<TurnSignal> onFrame(short[] pcm, float speechProbability);

    /** The latest partial transcript of the current utterance (a hint; may be ignored). */
    default void onTranscript(String partialText) {
    }
}
