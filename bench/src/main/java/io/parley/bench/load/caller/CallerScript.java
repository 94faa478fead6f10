package io.parley.bench.load.caller;

import io.parley.bench.load.audio.CallerAudio;
import java.util.List;

/**
 * A scripted conversation: {@code opening} once, then {@code loop} over and over until the caller hangs up.
 * Moves over the agent belong to the reply that precedes them.
 */
public record CallerScript(List<Move> opening, List<Move> loop) {

    public CallerScript {
        opening = List.copyOf(opening);
        loop = List.copyOf(loop);
        if (loop.isEmpty() || loop.getFirst().overAgent()) {
            throw new IllegalArgumentException("the loop must start with a turn");
        }
    }

    /**
     * The standard call: "mm-hm" over the greeting (a backchannel: the agent should go on), a question, a cough over
     * its answer (noise: the agent should go on), a second question, and a real interruption over that answer (the
     * agent should stop and answer the interruption).
     */
    public static CallerScript standard(CallerAudio audio) {
        return new CallerScript(
                List.of(new Move(CallerMeter.Speech.BACKCHANNEL, audio.backchannel(), 900)),
                List.of(new Move(CallerMeter.Speech.TURN, audio.question(), 0),
                        new Move(CallerMeter.Speech.NOISE, audio.cough(), 700),
                        new Move(CallerMeter.Speech.TURN, audio.longQuestion(), 0),
                        new Move(CallerMeter.Speech.INTERRUPT, audio.interruption(), 900)));
    }

    /** The same call with every backchannel cut to at most {@code maxMs}: a short "mm". */
    public CallerScript withShortBackchannel(int maxMs) {
        java.util.function.UnaryOperator<List<Move>> cut = moves -> moves.stream()
                .map(m -> m.kind() == CallerMeter.Speech.BACKCHANNEL
                        ? new Move(m.kind(), m.clip().truncated(maxMs), m.atMsIntoReply()) : m).toList();
        return new CallerScript(cut.apply(opening), cut.apply(loop));
    }

    /** The i-th move of the whole call. */
    public Move move(int index) {
        return index < opening.size() ? opening.get(index) : loop.get((index - opening.size()) % loop.size());
    }

    /** How many times the loop has been completed before move {@code index}. */
    public int loopsBefore(int index) {
        return index < opening.size() ? 0 : (index - opening.size()) / loop.size();
    }
}
