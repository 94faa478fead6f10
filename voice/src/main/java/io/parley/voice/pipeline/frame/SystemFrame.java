package io.parley.voice.pipeline.frame;

/**
 * Control frames: they jump the data queue. Their number is small by construction (one per timer or control
 * action), so the lane that carries them needs no bound of its own.
 */
public sealed interface SystemFrame extends Frame {

    /** The caller interrupts the agent, decided outside the session (e.g. a client's push-to-talk). */
    record Interruption(String reason) implements SystemFrame { }

    /** Stop the agent's current reply without a new user turn. */
    record Cancel(String reason) implements SystemFrame { }

    /** The call is over: release every engine stream and stop. */
    record EndSession(String reason) implements SystemFrame { }

    /** The output pacer's 20 ms beat, coalesced: one pending tick at most. */
    record Tick() implements SystemFrame { }

    /** A deadline, backoff or resume timer fired; stale ones (old turn or attempt) are ignored. */
    record TimerFired(TimerKind kind, long turnId, int attempt) implements SystemFrame { }

    /** A client reports that it started playing the agent's audio for a turn. */
    record PlaybackStarted(long turnId, long clientNanos) implements SystemFrame { }

    /** What a timer guards. */
    enum TimerKind { LLM_DEADLINE, LLM_RETRY, TTS_DEADLINE, TTS_RETRY, STT_DEADLINE }
}
