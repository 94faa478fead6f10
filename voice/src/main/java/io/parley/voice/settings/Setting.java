package io.parley.voice.settings;

import java.util.Optional;

/**
 * The numeric real-time settings with their allowed ranges and a one-line explanation. The control plane
 * validates against these ranges and the dashboard shows them, so both always agree with what the engine accepts.
 */
public enum Setting {
    VAD_THRESHOLD("vadThreshold", 0.05, 0.95, "", "Speech probability above which audio counts as speech."),
    PREFIX_PADDING("prefixPaddingMs", 0, 1000, "ms", "Audio kept before speech starts so the first syllable is heard."),
    SILENCE_TO_END_TURN("silenceToEndTurnMs", 100, 5000, "ms", "Silence after which the caller's turn ends."),
    MIN_SPEECH("minSpeechMs", 50, 2000, "ms", "Shorter sounds (clicks, coughs) are not a turn."),
    MAX_WAIT("maxWaitMs", 500, 10000, "ms", "Longest wait for end of turn after speech stops, whatever the hints."),
    BARGE_IN_MIN_DURATION("bargeInMinDurationMs", 100, 3000, "ms", "Speech over the agent must last this long to interrupt."),
    BARGE_IN_MIN_WORDS("bargeInMinWords", 0, 10, "words", "Recognised words needed to interrupt (0 = duration only)."),
    RESUME_TIMEOUT("resumeTimeoutMs", 200, 5000, "ms", "Wait before resuming after a false interruption."),
    DEAD_AIR_TIMEOUT("deadAirTimeoutMs", 1000, 30000, "ms", "Silence on the line before a recovery line is spoken."),
    LATENCY_BUDGET("latencyBudgetMs", 200, 10000, "ms", "Target voice-to-voice latency; slower turns are flagged.");

    /** Backchannel lists are bounded so a deployment cannot grow the per-frame matching cost without limit. */
    public static final int MAX_BACKCHANNEL_WORDS = 50;
    public static final int MAX_BACKCHANNEL_WORD_LENGTH = 40;

    private final String field;
    private final double min;
    private final double max;
    private final String unit;
    private final String description;

    Setting(String field, double min, double max, String unit, String description) {
        this.field = field;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.description = description;
    }

    public String field() { return field; }
    public double min() { return min; }
    public double max() { return max; }
    public String unit() { return unit; }
    public String description() { return description; }

    public boolean allows(double value) {
        return !Double.isNaN(value) && value >= min && value <= max;
    }

    /** "must be between 100 and 5000 ms", as shown to the admin who entered a bad value. */
    public String rangeText() {
        String range = isWhole() ? "%d and %d".formatted((long) min, (long) max) : "%s and %s".formatted(min, max);
        return "must be between " + range + (unit.isEmpty() ? "" : " " + unit);
    }

    public double valueIn(RealtimeSettings s) {
        return switch (this) {
            case VAD_THRESHOLD -> s.vadThreshold();
            case PREFIX_PADDING -> s.prefixPaddingMs();
            case SILENCE_TO_END_TURN -> s.silenceToEndTurnMs();
            case MIN_SPEECH -> s.minSpeechMs();
            case MAX_WAIT -> s.maxWaitMs();
            case BARGE_IN_MIN_DURATION -> s.bargeInMinDurationMs();
            case BARGE_IN_MIN_WORDS -> s.bargeInMinWords();
            case RESUME_TIMEOUT -> s.resumeTimeoutMs();
            case DEAD_AIR_TIMEOUT -> s.deadAirTimeoutMs();
            case LATENCY_BUDGET -> s.latencyBudgetMs();
        };
    }

    public static Optional<Setting> byField(String field) {
        for (Setting s : values()) {
            if (s.field.equals(field)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private boolean isWhole() {
        return min == Math.rint(min) && max == Math.rint(max) && this != VAD_THRESHOLD;
    }
}
