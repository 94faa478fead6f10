package io.parley.voice.llm;

import io.parley.voice.agent.FlowDefinition.Slot;
import io.parley.voice.agent.FlowDefinition.SlotType;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds slot values in what a caller said. The slot just asked for is read leniently (a bare "seven" is a time when
 * the agent asked "what time?"); other open slots are filled only from unambiguous phrases ("for four people",
 * "at 7 pm", "tomorrow"), so "a table for two tomorrow at eight" fills three slots at once.
 */
final class SlotExtractor {

    private static final List<SlotType> ORDER = List.of(SlotType.DATE, SlotType.TIME, SlotType.NUMBER, SlotType.CHOICE);
    private static final Set<String> PEOPLE = Set.of("people", "persons", "guests", "adults", "of", "pax", "diners");
    private static final Set<String> NAME_FILLER = Set.of("um", "uh", "er", "yes", "yeah", "sure", "okay", "ok", "so",
            "it's", "its", "it", "is", "my", "name", "names", "name's", "the", "under", "for", "this", "i'm", "im", "i",
            "am", "call", "me", "put", "that's", "please", "thanks", "thank", "you", "a", "of", "be", "should", "and",
            "hi", "hello", "well");
    private static final Set<String> CHOICE_FILLER = Set.of("on", "the", "at", "a", "an", "in", "to", "of", "by");

    private SlotExtractor() {
    }

    /**
     * Values found in {@code said}, keyed by slot name.
     *
     * @param open  the slots still empty, in the flow's order
     * @param asked the slot the agent just asked for, or null when the caller spoke first
     */
    static Map<String, SlotValue> extract(List<Slot> open, Slot asked, Utterance said, LocalDate today) {
        Map<String, SlotValue> found = new LinkedHashMap<>();
        if (asked != null && (asked.type() == SlotType.TEXT || asked.type() == SlotType.NAME)) {
            SlotValue value = asked.type() == SlotType.TEXT ? text(said) : name(said.words());
            if (value != null) {
                found.put(asked.name(), value);
            }
            return found;
        }
        BitSet used = new BitSet();
        for (SlotType type : ORDER) {
            for (Slot slot : open) {
                if (slot.type() != type || found.containsKey(slot.name())) {
                    continue;
                }
                boolean isAsked = slot.equals(asked);
                SlotValue value = switch (type) {
                    case DATE -> DateSlots.date(said.words(), used, today);
                    case TIME -> TimeSlots.time(said.words(), used, isAsked);
                    case NUMBER -> number(said.words(), used, isAsked);
                    case CHOICE -> choice(slot.values(), said.words(), isAsked ? 0.75 : 0.9);
                    default -> null;
                };
                if (value != null) {
                    found.put(slot.name(), value);
                }
            }
        }
        return found;
    }

    private static SlotValue text(Utterance said) {
        return said.isEmpty() ? null : new SlotValue(said.text(), said.text());
    }

    static SlotValue number(List<String> words, BitSet used, boolean asked) {
        if (asked && words.stream().anyMatch(w -> w.equals("me") || w.equals("myself") || w.equals("alone"))
                && words.stream().noneMatch(w -> SpokenNumbers.at(List.of(w), 0, false) != null)) {
            return new SlotValue(1, "1");
        }
        for (int i = 0; i < words.size(); i++) {
            if (used.get(i)) {
                continue;
            }
            SpokenNumbers.Found n = SpokenNumbers.at(words, i, false);
            if (n == null || used.get(n.start(), n.end()).cardinality() > 0) {
                continue;
            }
            boolean forBefore = i > 0 && (words.get(i - 1).equals("for") || words.get(i - 1).equals("of"));
            boolean peopleAfter = n.end() < words.size() && PEOPLE.contains(words.get(n.end()));
            if (asked || forBefore || peopleAfter) {
                used.set(n.start(), n.end());
                return new SlotValue(n.value(), Integer.toString(n.value()));
            }
        }
        return null;
    }

    static SlotValue choice(List<String> values, List<String> words, double threshold) {
        String best = null;
        double bestScore = 0;
        for (String value : values) {
            double score = 0;
            for (String part : Utterance.of(value).words()) {
                if (CHOICE_FILLER.contains(part)) {
                    continue;
                }
                for (String word : words) {
                    score = Math.max(score, FuzzyWords.similarity(part, word));
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = value;
            }
        }
        return best != null && bestScore >= threshold ? new SlotValue(best, best) : null;
    }

    static SlotValue name(List<String> words) {
        int start = 0;
        while (start < words.size() && NAME_FILLER.contains(words.get(start))) {
            start++;
        }
        StringBuilder name = new StringBuilder();
        for (int i = start; i < words.size() && i < start + 3 && !NAME_FILLER.contains(words.get(i)); i++) {
            String word = words.get(i);
            name.append(name.isEmpty() ? "" : " ")
                    .append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.isEmpty() ? null : new SlotValue(name.toString(), name.toString());
    }
}
