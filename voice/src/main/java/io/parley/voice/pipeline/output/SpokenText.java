package io.parley.voice.pipeline.output;

/** Maps how much of a sentence's audio was heard to the words the caller heard. */
public final class SpokenText {

    private SpokenText() {
    }

    /**
     * The leading words of {@code sentence} covered by {@code fraction} of its audio. Engines give no word
     * timings, so words are assumed to take time in proportion to their length; a word counts once half of it
     * was heard.
     */
    public static String heardPrefix(String sentence, double fraction) {
        if (fraction <= 0) {
            return "";
        }
        if (fraction >= 1) {
            return sentence;
        }
        String[] words = sentence.trim().split("\\s+");
        int totalChars = 0;
        for (String w : words) {
            totalChars += w.length() + 1;
        }
        double heardChars = fraction * totalChars;
        StringBuilder out = new StringBuilder();
        int consumed = 0;
        for (String w : words) {
            double middle = consumed + (w.length() + 1) / 2.0;
            if (middle > heardChars) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w);
            consumed += w.length() + 1;
        }
        return out.toString();
    }

    /** What is left of {@code sentence} after {@code heard}. */
    public static String remainder(String sentence, String heard) {
        String trimmed = sentence.trim();
        return heard.isEmpty() ? trimmed : trimmed.substring(Math.min(trimmed.length(), heard.length())).trim();
    }
}
