package io.parley.voice.turn;

/** What the words so far say about whether the user has finished. */
public enum TranscriptHint {
    /** Nothing known, or nothing telling: wait the configured silence. */
    NEUTRAL,
    /** A question that reads complete ("what time do you close"): the user is waiting for an answer. */
    COMPLETE_QUESTION,
    /** Trails off on a filler or a word that needs a continuation ("for, um", "and", "because"). */
    TRAILING_FILLER,
    /** Stops inside a number ("twenty", "four five five one"). */
    PARTIAL_NUMBER
}
