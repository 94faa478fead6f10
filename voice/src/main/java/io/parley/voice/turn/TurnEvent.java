package io.parley.voice.turn;

/**
 * What the {@link TurnDetector} decided at a frame. Times are milliseconds of stream audio since the detector
 * started (frame time, not wall-clock time), so decisions are reproducible from a recording.
 */
public sealed interface TurnEvent {

    /** Frame time at which the event was decided. */
    long atMs();

    /**
     * The user started (or, with {@code continuesTurn}, resumed) speaking. When a turn opens, {@code audio} holds the
     * prefix padding before the speech plus every frame up to and including the current one, so STT hears the first
     * syllable; when the user resumes within an open turn those frames have already been forwarded and it is empty.
     *
     * @param speechStartMs frame time at which the speech began (before the minimum-speech confirmation)
     */
    record SpeechStarted(long atMs, long speechStartMs, boolean continuesTurn, short[] audio) implements TurnEvent {
    }

    /** Speech stopped; the turn stays open while the detector decides whether the user is done. */
    record SpeechEnded(long atMs, long speechEndMs) implements TurnEvent {
    }

    /**
     * The user's turn is over and the agent may answer.
     *
     * @param speechEndMs   when the user's last speech ended
     * @param silenceMs     silence waited after it ({@code atMs - speechEndMs})
     * @param requiredMs    the silence that was required, after hints and the max-wait cap
     * @param hint          what the latest transcript suggested about the utterance
     * @param reason        why the turn ended when it did
     */
    record EndOfTurn(long atMs, long speechEndMs, long silenceMs, long requiredMs, TranscriptHint hint,
                     Reason reason) implements TurnEvent {

        public enum Reason {
            /** The configured silence passed. */
            SILENCE,
            /** A complete question: a shorter silence sufficed. */
            QUESTION_COMPLETE,
            /** The utterance sounded unfinished; the longer wait passed without more speech. */
            INCOMPLETE_TIMEOUT,
            /** The wait was cut to the deployment's maxWaitMs. */
            MAX_WAIT
        }
    }

    /** Sound that scored as speech but ended before minSpeechMs: a click, a cough, a bump. No turn opened. */
    record SpeechDiscarded(long atMs, long startMs, long durationMs) implements TurnEvent {
    }
}
