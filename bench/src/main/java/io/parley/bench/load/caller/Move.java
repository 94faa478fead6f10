package io.parley.bench.load.caller;

import io.parley.bench.load.audio.Clip;

/**
 * One thing a caller says. A {@link CallerMeter.Speech#TURN} is said when the agent is quiet and expects a reply;
 * the others are said over the agent's reply, {@code atMsIntoReply} after its audio began, and are skipped when
 * the reply is shorter than that.
 */
public record Move(CallerMeter.Speech kind, Clip clip, int atMsIntoReply) {

    public boolean overAgent() {
        return kind != CallerMeter.Speech.TURN;
    }
}
