package io.parley.voice.pipeline.event;

/** What the agent is doing, as a client shows it. */
public enum AgentState {
    /** Waiting for the caller. */
    LISTENING,
    /** The caller's turn ended; a reply is being prepared. */
    THINKING,
    /** Agent audio is playing. */
    SPEAKING
}
