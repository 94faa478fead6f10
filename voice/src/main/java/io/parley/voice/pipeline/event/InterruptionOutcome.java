package io.parley.voice.pipeline.event;

/** How speech over the agent was judged. */
public enum InterruptionOutcome {
    /** The agent stopped; the caller has the floor. */
    INTERRUPTED,
    /** A backchannel ("yeah", "mm-hm") or noise: the agent kept talking. */
    IGNORED,
    /** The agent stopped, the caller then said nothing: the agent picked up where it left off. */
    RESUMED
}
