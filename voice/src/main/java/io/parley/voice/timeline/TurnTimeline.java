package io.parley.voice.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The latency breakdown of one agent turn: when each {@link TimelineMark} was reached (nanoseconds on the
 * session clock) and the gaps between consecutive marks. Marks a turn never reached are absent (a greeting has
 * no user speech). A mark stamped earlier than the one before it (a filler line playing before the reply's
 * first token) is counted as reached together with its predecessor, so no gap is negative and the gaps always
 * add up exactly to {@link #totalNanos()}.
 *
 * @param turnId the agent turn
 * @param marks  reached marks and their instants
 */
public record TurnTimeline(long turnId, Map<TimelineMark, Long> marks) {

    public TurnTimeline {
        marks = Collections.unmodifiableMap(new EnumMap<>(marks.isEmpty() ? new EnumMap<>(TimelineMark.class) : marks));
    }

    /** One stretch between two consecutive reached marks. */
    public record Gap(TimelineMark from, TimelineMark to, long nanos) {
        public double millis() {
            return nanos / 1e6;
        }
    }

    /** Gaps between consecutive reached marks, in mark order. */
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        TimelineMark previous = null;
        long previousAt = 0;
        for (TimelineMark mark : TimelineMark.values()) {
            Long at = marks.get(mark);
            if (at == null) {
                continue;
            }
            long effective = previous == null ? at : Math.max(at, previousAt);
            if (previous != null) {
                gaps.add(new Gap(previous, mark, effective - previousAt));
            }
            previous = mark;
            previousAt = effective;
        }
        return gaps;
    }

    /** From the first reached mark to the last, e.g. voice-to-voice latency when both ends are present. */
    public long totalNanos() {
        long total = 0;
        for (Gap gap : gaps()) {
            total += gap.nanos();
        }
        return total;
    }

    /** Caller stopped speaking to agent audio leaving Parley, or -1 if the turn lacks either. */
    public long voiceToVoiceNanos() {
        Long start = marks.get(TimelineMark.USER_SPEECH_END);
        Long end = marks.get(TimelineMark.FIRST_AUDIO_OUT);
        return start == null || end == null ? -1 : Math.max(0, end - start);
    }

    public boolean has(TimelineMark mark) {
        return marks.containsKey(mark);
    }
}
