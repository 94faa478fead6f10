package io.parley.voice.interruption;

import java.util.List;

/**
 * One decision of the {@link BargeInPolicy}, with its reason, for the pipeline to act on and the interaction log to
 * record.
 *
 * @param action     what the pipeline should do
 * @param reason     why
 * @param atMs       frame time of the decision
 * @param speechMs   how long the user's sound had lasted
 * @param words      the recognised words it was judged on (possibly none)
 */
public record BargeInDecision(Action action, BargeInReason reason, long atMs, long speechMs, List<String> words) {

    public enum Action {
        /** Nothing new. */
        NONE,
        /** The user started making sound over the agent; judged on the coming frames and words. */
        PENDING,
        /** Not an interruption; the agent keeps talking. */
        IGNORE,
        /** A real interruption: stop the agent's reply (bump the turn id). */
        INTERRUPT,
        /** The interruption proved false: resume the agent's reply where it stopped. */
        RESUME
    }

    public BargeInDecision {
        words = List.copyOf(words);
    }

    static BargeInDecision none(long atMs) {
        return new BargeInDecision(Action.NONE, BargeInReason.UNDECIDED, atMs, 0, List.of());
    }

    public boolean isNone() {
        return action == Action.NONE;
    }
}
