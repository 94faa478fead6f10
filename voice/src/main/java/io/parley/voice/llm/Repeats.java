package io.parley.voice.llm;

import java.util.List;
import java.util.Set;

/** Recognises a caller asking to hear the last line again: "sorry, what?", "can you repeat that?". */
final class Repeats {

    private static final Set<String> MARKERS = Set.of("repeat", "again", "pardon");
    private static final List<List<String>> PHRASES = List.of(List.of("what"), List.of("sorry"),
            List.of("sorry", "what"), List.of("what", "was", "that"), List.of("didn't", "catch"),
            List.of("didnt", "catch"), List.of("what", "did", "you", "say"), List.of("come", "again"),
            List.of("what", "was", "the"));

    private Repeats() {
    }

    static boolean asked(Utterance said) {
        if (said.isEmpty() || said.size() > 8) {
            return false;
        }
        if (said.words().stream().anyMatch(MARKERS::contains)) {
            return true;
        }
        for (List<String> phrase : PHRASES) {
            if (phrase.size() == 1 ? said.words().equals(phrase) : containsRun(said.words(), phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        for (int i = 0; i + run.size() <= words.size(); i++) {
            if (words.subList(i, i + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }
}
