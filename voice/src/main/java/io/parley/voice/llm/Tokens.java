package io.parley.voice.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a reply into model-like tokens: words with their leading space, punctuation on its own. */
final class Tokens {

    private static final Pattern TOKEN = Pattern.compile("\\s*(?:[^\\s.,!?;:]+|[.,!?;:])|\\s+");

    private Tokens() {
    }

    /** Tokens that concatenate back to exactly {@code text}. */
    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
