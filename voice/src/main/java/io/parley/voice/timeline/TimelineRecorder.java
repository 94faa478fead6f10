package io.parley.voice.timeline;

import java.util.EnumMap;
import java.util.Map;

/**
 * Collects one turn's marks as the stages reach them. Each stage stamps only its own mark, once (the first
 * instant counts); nobody measures another stage. Owned by the session's thread, so not synchronised.
 */
public final class TimelineRecorder {

    private final long turnId;
    private final Map<TimelineMark, Long> marks = new EnumMap<>(TimelineMark.class);

    public TimelineRecorder(long turnId) {
        this.turnId = turnId;
    }

    /** Carries the user-side marks of the utterance that led to this turn. */
    public TimelineRecorder(long turnId, TimelineRecorder userSide) {
        this(turnId);
        if (userSide != null) {
            marks.putAll(userSide.marks);
        }
    }

    /** Records {@code mark} at {@code nanos} unless it was already reached; returns whether it was new. */
    public boolean stamp(TimelineMark mark, long nanos) {
        return marks.putIfAbsent(mark, nanos) == null;
    }

    public boolean has(TimelineMark mark) {
        return marks.containsKey(mark);
    }

    public TurnTimeline snapshot() {
        return new TurnTimeline(turnId, marks);
    }

    public long turnId() {
        return turnId;
    }
}
