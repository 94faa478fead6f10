package io.parley.voice.pipeline.spi;

/** An {@link InterruptionPolicy}'s answer, with a reason shown in events and logs. */
public record BargeInVerdict(Kind kind, String reason) {

    public enum Kind {
        /** Nothing new. */
        NONE,
        /** Sound over the agent began; it is being judged. */
        PENDING,
        /** Not an interruption: the agent keeps talking. */
        IGNORE,
        /** A real interruption: stop the agent's reply. */
        INTERRUPT,
        /** The interruption proved false: the agent picks up where it stopped. */
        RESUME
    }

    public static final BargeInVerdict NONE = new BargeInVerdict(Kind.NONE, "");

    public static BargeInVerdict of(Kind kind, String reason) {
        return new BargeInVerdict(kind, reason);
    }
}
