package io.parley.voice.llm;

import io.parley.voice.agent.FlowDefinition;
import io.parley.voice.agent.FlowDefinition.Intent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the intent a caller means by comparing their words with each intent's example phrases, word by word and
 * fuzzily, so recognition slips ("tabel", "reservations", "book a stable") still land. Words that appear in many
 * intents count less than words that single one out.
 */
final class IntentMatcher {

    /** A match and how sure it is, from 0 to 1. */
    record Match(Intent intent, double score) {
    }

    static final double THRESHOLD = 0.5;
    private static final double WORD_MATCH = 0.72;
    static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "i", "i'd", "i'm", "to", "do", "you", "your", "is",
            "are", "can", "could", "would", "please", "me", "my", "we", "it", "of", "for", "on", "in", "at", "have",
            "like", "want", "need", "hi", "hello", "um", "uh", "yes", "yeah", "okay", "ok", "some", "any", "there",
            "be", "and", "or", "so", "just", "get", "about", "with", "this", "that", "will", "us", "our", "oh", "well",
            "does", "did", "am", "was", "wait", "actually", "then", "now", "sorry", "thanks", "thank");
    /** Slot values say nothing about what the caller wants: "a table for two tonight" is about the table. */
    private static final java.util.regex.Pattern SLOT_WORD = java.util.regex.Pattern.compile(
            "\\d.*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|tonight|today|"
                    + "tomorrow|morning|evening|afternoon|night|pm|am|p\\.m|a\\.m|o'clock|half|quarter|noon|"
                    + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|weekend");

    private final List<Intent> intents;
    private final List<List<List<String>>> examples = new ArrayList<>();
    private final List<List<String>> vocabularies = new ArrayList<>();
    private final Map<String, Double> weights = new HashMap<>();

    IntentMatcher(FlowDefinition flow) {
        this.intents = flow.intents();
        Map<String, Set<String>> intentsByWord = new HashMap<>();
        for (Intent intent : intents) {
            List<List<String>> phrases = new ArrayList<>();
            for (String example : intent.examples()) {
                List<String> content = content(Utterance.of(example).words());
                phrases.add(content);
                content.forEach(w -> intentsByWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(intent.name()));
            }
            examples.add(phrases);
            vocabularies.add(List.copyOf(new LinkedHashSet<>(phrases.stream().flatMap(List::stream).toList())));
        }
        intentsByWord.forEach((word, in) -> weights.put(word, 1.0 / in.size()));
    }

    static List<String> content(List<String> words) {
        return new ArrayList<>(words.stream()
                .filter(w -> !STOP_WORDS.contains(w) && !SLOT_WORD.matcher(w).matches()).toList());
    }

    /** The best intent, or null when nothing matches well enough. */
    Match best(Utterance said) {
        List<String> words = content(said.words());
        if (words.isEmpty()) {
            return null;
        }
        Match best = null;
        for (int i = 0; i < intents.size(); i++) {
            double recall = 0;
            for (List<String> example : examples.get(i)) {
                recall = Math.max(recall, recall(example, words));
            }
            double heard = 0;
            for (String word : words) {
                heard += closest(word, vocabularies.get(i));
            }
            // How much of one example the caller said, and how much of what they said this intent explains.
            double score = 0.5 * recall + 0.5 * heard / words.size();
            if (score >= THRESHOLD && (best == null || score > best.score())) {
                best = new Match(intents.get(i), score);
            }
        }
        return best;
    }

    private double recall(List<String> example, List<String> words) {
        if (example.isEmpty()) {
            return 0;
        }
        double found = 0;
        double total = 0;
        for (String wanted : example) {
            double weight = weights.getOrDefault(wanted, 1.0);
            total += weight;
            found += weight * closest(wanted, words);
        }
        return found / total;
    }

    private static double closest(String word, List<String> candidates) {
        double best = 0;
        for (String candidate : candidates) {
            double similarity = FuzzyWords.similarity(word, candidate);
            if (similarity >= WORD_MATCH && similarity > best) {
                best = similarity;
            }
        }
        return best;
    }

    /** Every content word of every example: what callers are likely to say when the agent is listening openly. */
    List<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>();
        examples.forEach(phrases -> phrases.forEach(words::addAll));
        return List.copyOf(words);
    }
}
