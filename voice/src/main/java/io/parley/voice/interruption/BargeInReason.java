package io.parley.voice.interruption;

/** Why the barge-in policy decided what it did; written to the interaction log with every decision. */
public enum BargeInReason {
    /** User sound is being judged; nothing decided yet. */
    UNDECIDED,
    /** A stop word or phrase ("wait", "stop", "no", "hold on"): interrupts at once, whatever its length. */
    STOP_WORD,
    /** Real speech of at least bargeInMinDurationMs (and bargeInMinWords words when set). */
    SPEECH,
    /** Only backchannel words ("yeah", "mm-hm", "okay"): the user is listening, not taking the turn. */
    BACKCHANNEL,
    /** Speech that ended before bargeInMinDurationMs, or with fewer than bargeInMinWords words. */
    TOO_SHORT,
    /** Sound with no words in it, or loud sound the VAD does not call speech: a cough, a door, the room. */
    NOISE,
    /** An interruption that never produced words within resumeTimeoutMs: the agent resumes. */
    FALSE_INTERRUPTION
}
