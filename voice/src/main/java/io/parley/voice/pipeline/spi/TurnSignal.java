package io.parley.voice.pipeline.spi;

/** What a {@link TurnDetector} concluded at a frame. Times are frame time in milliseconds. */
public sealed interface TurnSignal {

    /**
     * Speech began at {@code speechStartMs}. When it opens a turn, {@code audio} holds the prefix padding and every
     * frame up to and including the current one, for the recogniser; when the caller merely resumes within an open
     * turn ({@code continuesTurn}) it is empty, those frames having been forwarded already.
     */
    record SpeechStarted(long speechStartMs, boolean continuesTurn, short[] audio) implements TurnSignal { }

    /** The voice stopped; the turn stays open while the detector decides whether the caller is done. */
    record SpeechPaused(long speechEndMs) implements TurnSignal { }

    /** The caller finished; their voice stopped at {@code speechEndMs}. */
    record TurnEnded(long speechEndMs) implements TurnSignal { }

    /** What started as speech was too short to be a turn (a click, a cough). */
    record Discarded(long durationMs) implements TurnSignal { }
}
