package io.parley.voice.pipeline.event;

import io.parley.voice.timeline.TurnTimeline;

/**
 * What a call session tells the outside world: the WebSocket protocol, the interaction log and the simulator's
 * JSON Lines all carry these records. {@link #type()} is a stable wire name; fields keep their names across
 * releases (new fields may be added).
 *
 * <p>{@code atMs} is session time in milliseconds since the session started.
 */
public sealed interface SessionEvent {

    long atMs();

    /** Stable name, e.g. {@code user_transcript}. */
    String type();

    record UserSpeechStarted(long atMs, long utteranceId) implements SessionEvent {
        public String type() { return "user_speech_started"; }
    }

    record UserSpeechStopped(long atMs, long utteranceId) implements SessionEvent {
        public String type() { return "user_speech_stopped"; }
    }

    /** The turn detector decided the caller finished speaking. */
    record TurnEnded(long atMs, long utteranceId, long speechMs) implements SessionEvent {
        public String type() { return "turn_ended"; }
    }

    record UserTranscript(long atMs, long utteranceId, String text, boolean isFinal, double confidence)
            implements SessionEvent {
        public String type() { return "user_transcript"; }
    }

    /** A sentence of the agent's reply is ready to be spoken (not yet heard). */
    record AgentTextGenerated(long atMs, long turnId, String text) implements SessionEvent {
        public String type() { return "agent_text_generated"; }
    }

    /** Text the caller actually heard; {@code interrupted} when playback stopped part-way through. */
    record AgentTextSpoken(long atMs, long turnId, String text, boolean interrupted) implements SessionEvent {
        public String type() { return "agent_text_spoken"; }
    }

    record AgentStateChanged(long atMs, AgentState state) implements SessionEvent {
        public String type() { return "agent_state"; }
    }

    /** The caller spoke over the agent, and what the session made of it. */
    record InterruptionDecided(long atMs, long turnId, InterruptionOutcome outcome, String reason)
            implements SessionEvent {
        public String type() { return "interruption"; }
    }

    record ToolCalled(long atMs, long turnId, String name, String arguments) implements SessionEvent {
        public String type() { return "tool_call"; }
    }

    /** An engine failed or timed out. */
    record EngineError(long atMs, String stage, String engine, String message) implements SessionEvent {
        public String type() { return "engine_error"; }
    }

    /** The session switched to another engine or a spoken recovery line to keep the call going. */
    record Fallback(long atMs, String stage, String from, String to, String reason) implements SessionEvent {
        public String type() { return "fallback"; }
    }

    /**
     * The per-turn latency breakdown, emitted at first audio out and again when the client reports playback.
     * {@code overBudget} flags a voice-to-voice latency above the deployment's {@code latencyBudgetMs}.
     */
    record TurnTimelineReady(long atMs, TurnTimeline timeline, long budgetMs, boolean overBudget)
            implements SessionEvent {
        public String type() { return "turn_timeline"; }
    }

    record SessionEnded(long atMs, String reason) implements SessionEvent {
        public String type() { return "session_ended"; }
    }
}
