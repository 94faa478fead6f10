package io.parley.voice.stt.pocketsphinx;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tiny bigram model, in ARPA text, of the phrases an agent expects next. Interpolated with the general model it
 * raises the odds of those words and word pairs without forbidding anything else.
 */
final class HintLanguageModel {

    private static final String START = "<s>";
    private static final String END = "</s>";
    /** Share of a history's mass given to seen successors; the rest backs off to unigrams. */
    private static final double SEEN = 0.8;

    private HintLanguageModel() {
    }

    /** Hint phrases as lower-case word lists, punctuation dropped; empty phrases removed. */
    static List<List<String>> phrases(List<String> hints) {
        return hints.stream()
                .map(h -> h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").trim())
                .filter(h -> !h.isEmpty())
                .map(h -> List.of(h.split("\\s+")))
                .distinct()
                .toList();
    }

    /** The ARPA text of a bigram model over {@code phrases}; null when there are none. */
    static String arpa(List<List<String>> phrases) {
        if (phrases.isEmpty()) {
            return null;
        }
        Set<String> vocabulary = new LinkedHashSet<>(List.of(START, END));
        Map<String, Map<String, Integer>> bigrams = new LinkedHashMap<>();
        for (List<String> phrase : phrases) {
            String previous = START;
            for (String word : phrase) {
                vocabulary.add(word);
                bigrams.computeIfAbsent(previous, k -> new LinkedHashMap<>()).merge(word, 1, Integer::sum);
                previous = word;
            }
            bigrams.computeIfAbsent(previous, k -> new LinkedHashMap<>()).merge(END, 1, Integer::sum);
        }
        int bigramCount = bigrams.values().stream().mapToInt(Map::size).sum();
        double unigram = Math.log10(1.0 / (vocabulary.size() - 1));
        double backoff = Math.log10(1 - SEEN);
        StringBuilder out = new StringBuilder(256 + 32 * (vocabulary.size() + bigramCount));
        out.append("\\data\\\nngram 1=").append(vocabulary.size()).append("\nngram 2=").append(bigramCount)
                .append("\n\n\\1-grams:\n");
        for (String word : vocabulary) {
            double p = word.equals(START) ? -99 : unigram;
            out.append(format(p)).append(' ').append(word);
            if (!word.equals(END)) {
                out.append(' ').append(format(backoff));
            }
            out.append('\n');
        }
        out.append("\n\\2-grams:\n");
        bigrams.forEach((history, successors) -> {
            int total = successors.values().stream().mapToInt(Integer::intValue).sum();
            successors.forEach((word, count) -> out.append(format(Math.log10(SEEN * count / total)))
                    .append(' ').append(history).append(' ').append(word).append('\n'));
        });
        return out.append("\n\\end\\\n").toString();
    }

    private static String format(double log10) {
        return String.format(Locale.ROOT, "%.4f", log10);
    }
}
