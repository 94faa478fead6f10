package io.parley.voice.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A caller's words as the flow agent reads them: lower case, punctuation gone, "7:30" and "o'clock" kept whole. */
record Utterance(String text, List<String> words) {

    static Utterance of(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean inner = (c == '\'' || c == ':' || c == '.' || c == '-' || c == '/') && !word.isEmpty()
                    && i + 1 < lower.length() && Character.isLetterOrDigit(lower.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return new Utterance(text == null ? "" : text.strip(), List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }
}
