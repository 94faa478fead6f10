package io.parley.voice.text;

/**
 * Makes text speakable for TTS: amounts, percentages, dates, times, ordinals, phone numbers, codes, emails, web
 * addresses, units, years and plain numbers are written out as words the way a person would say them.
 * <pre>{@code
 * TextNormalizer.normalize("Your table for 4 is at 7:30 pm, code AB12C.")
 *     // "Your table for four is at seven thirty p m, code A B one two C."
 * }</pre>
 * For text arriving token by token use {@link #streaming()}.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        StreamingNormalizer normalizer = new StreamingNormalizer();
        return normalizer.push(text) + normalizer.finish();
    }

    /** A fresh normalizer for one stream of text. */
    public static StreamingNormalizer streaming() {
        return new StreamingNormalizer();
    }
}
