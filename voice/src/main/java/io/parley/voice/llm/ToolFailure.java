package io.parley.voice.llm;

/**
 * A tool outcome the caller should hear about rather than a fault: "We're fully booked at 7 pm."
 * With a {@code slot}, a flow asks for that slot again instead of giving up ("What other time would suit you?").
 */
public final class ToolFailure extends RuntimeException {

    private final String slot;

    private ToolFailure(String say, String slot) {
        super(say, null, false, false);
        this.slot = slot;
    }

    /** A failure with a line to speak. */
    public static ToolFailure say(String line) {
        return new ToolFailure(line, null);
    }

    /** A failure with a line to speak, after which the agent asks for {@code slot} again. */
    public static ToolFailure askAgain(String line, String slot) {
        return new ToolFailure(line, slot);
    }

    /** The slot to ask for again, or null. */
    public String slot() {
        return slot;
    }
}
