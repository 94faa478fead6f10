package io.parley.voice.llm;

import java.util.Set;

/** Whether a caller's words are a question: speech recognition drops the question mark, so look at the words. */
final class Questions {

    private static final Set<String> OPENERS = Set.of("what", "when", "where", "how", "why", "who", "which", "are",
            "is", "do", "does", "can", "could", "will", "would", "have", "has", "should");
    private static final Set<String> FILLERS = Set.of("wait", "sorry", "actually", "oh", "um", "uh", "and", "but", "so",
            "hang", "on", "hey", "also", "quick", "question", "one", "more", "thing");

    private Questions() {
    }

    static boolean is(Utterance said) {
        if (said.text().endsWith("?")) {
            return true;
        }
        for (String word : said.words()) {
            if (!FILLERS.contains(word)) {
                return OPENERS.contains(word);
            }
        }
        return false;
    }
}
