package io.parley.voice.pipeline.spi;

/** What a {@link TurnDetector} concluded from one frame. */
public sealed interface TurnSignal {

    /** Nothing changed. */
    TurnSignal NONE = new None();

    record None() implements TurnSignal { }

    /** Speech began at {@code startNanos} (earlier than now when the detector needs a few frames to be sure). */
    record SpeechStarted(long startNanos) implements TurnSignal { }

    /** The voice stopped; the turn may still continue if speech resumes. */
    record SpeechPaused(long speechEndNanos) implements TurnSignal { }

    /** The caller finished: {@code speechEndNanos} is when the voice stopped, {@code speechNanos} how long it ran. */
    record TurnEnded(long speechEndNanos, long speechNanos) implements TurnSignal { }

    /** What started as speech was too short to be a turn (a click, a cough). */
    record Discarded(long speechNanos) implements TurnSignal { }
}
