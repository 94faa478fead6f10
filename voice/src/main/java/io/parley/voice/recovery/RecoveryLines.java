package io.parley.voice.recovery;

/**
 * Short lines the agent speaks instead of leaving silence.
 *
 * @param holdOn       while the reply is retried ("One moment.")
 * @param deadAir      when the watchdog finds nothing due in time
 * @param repeat       when the caller could not be understood
 * @param replyFailed  when no reply could be produced at all
 * @param toolFailed   when a tool the reply needed did not answer
 */
public record RecoveryLines(String holdOn, String deadAir, String repeat, String replyFailed, String toolFailed) {

    public static RecoveryLines english() {
        return new RecoveryLines(
                "One moment.",
                "Sorry, just a second.",
                "Sorry, I didn't catch that. Could you say it again?",
                "Sorry, I'm having trouble with that. Could you say it again?",
                "Sorry, I couldn't look that up right now.");
    }
}
