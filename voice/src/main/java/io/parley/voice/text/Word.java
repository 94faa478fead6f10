package io.parley.voice.text;

/**
 * One whitespace-delimited word of the text being normalized, split into the punctuation around it and its core.
 *
 * @param raw      the word as written
 * @param lead     opening punctuation before the core, e.g. {@code (} or a quote
 * @param core     what the rules look at
 * @param trail    closing punctuation after the core, e.g. {@code .} or {@code ,}
 */
record Word(String raw, String lead, String core, String trail) {

    private static final String LEADING = "([{\"'“‘*`";
    private static final String TRAILING = ".,!?;:)]}\"'”’*`";

    static Word of(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && LEADING.indexOf(raw.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRAILING.indexOf(raw.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Word(raw, raw.substring(0, start), raw.substring(start, end), raw.substring(end));
    }

    String lowerCore() {
        return core.toLowerCase(java.util.Locale.ROOT);
    }

    /** Wraps spoken words in this word's own punctuation, so pauses and quotes survive. */
    String around(String spoken) {
        return unmarked(lead) + spoken + unmarked(trail);
    }

    /** Markdown emphasis is for eyes, not ears. */
    private static String unmarked(String punctuation) {
        return punctuation.indexOf('*') < 0 && punctuation.indexOf('`') < 0 ? punctuation
                : punctuation.replace("*", "").replace("`", "");
    }
}
