package io.parley.voice.recovery;

import java.util.regex.Pattern;

/**
 * Whether a final transcript is worth answering. Recognisers return empty strings, filler, or low-confidence
 * noise; answering those makes the agent talk about nothing, so the session asks the caller to repeat instead.
 */
public final class TranscriptQuality {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]{2,}|\\b(?i:a|i|o)\\b|\\p{N}+");
    private static final Pattern FILLER = Pattern.compile("(?i)\\s*(?:(?:uh|um|erm|er|hmm|mm|ah|oh|<[^>]+>|\\[[^]]+])[\\s.,!?]*)+");

    private static final int LONG_ENOUGH_WORDS = 5;

    private TranscriptQuality() {
    }

    private static int wordCount(String text) {
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** True when the text holds no real word, is only filler, or the engine is unsure of it. */
    public static boolean isGarbage(String text, double confidence, double minConfidence) {
        if (text == null || text.isBlank()) {
            return true;
        }
        // Offline recognisers' confidences are poorly calibrated: a long transcript of real words is evidence in
        // itself, so an unsure score only sinks short results ("on the", "a suit"), the usual shape of noise.
        if (!Double.isNaN(confidence) && confidence < minConfidence && wordCount(text) < LONG_ENOUGH_WORDS) {
            return true;
        }
        if (FILLER.matcher(text).matches()) {
            return true;
        }
        return !WORD.matcher(text).find();
    }

    /** True when an LLM reply has nothing a voice could say (empty, only symbols or markup). */
    public static boolean isUnspeakable(String reply) {
        return reply == null || !WORD.matcher(reply).find();
    }
}
