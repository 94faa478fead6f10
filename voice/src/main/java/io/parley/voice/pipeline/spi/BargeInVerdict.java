package io.parley.voice.pipeline.spi;

/** An {@link InterruptionPolicy}'s answer, with a reason shown in events and logs. */
public record BargeInVerdict(Kind kind, String reason) {

    public enum Kind { WAIT, INTERRUPT, IGNORE }

    public static final BargeInVerdict WAIT = new BargeInVerdict(Kind.WAIT, "undecided");

    public static BargeInVerdict interrupt(String reason) {
        return new BargeInVerdict(Kind.INTERRUPT, reason);
    }

    public static BargeInVerdict ignore(String reason) {
        return new BargeInVerdict(Kind.IGNORE, reason);
    }
}
