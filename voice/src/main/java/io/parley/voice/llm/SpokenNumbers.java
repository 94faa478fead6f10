package io.parley.voice.llm;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers as callers say them, and as speech recognition writes them: "4", "twenty five", "fourteenth". */
final class SpokenNumbers {

    /** A number found in a list of words. */
    record Found(int value, int start, int end) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("oh", 0),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
    private static final Map<String, Integer> IDIOMS = Map.of("couple", 2, "pair", 2, "dozen", 12, "both", 2);
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,6})(st|nd|rd|th)?");

    private SpokenNumbers() {
    }

    /** The first number at or after {@code from}, cardinal or ordinal. */
    static Found find(List<String> words, int from, boolean ordinalsToo) {
        for (int i = from; i < words.size(); i++) {
            Found found = at(words, i, ordinalsToo);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A number starting exactly at {@code i}, or null. */
    static Found at(List<String> words, int i, boolean ordinalsToo) {
        String word = words.get(i);
        Matcher digits = DIGITS.matcher(word);
        if (digits.matches() && (digits.group(2) == null || ordinalsToo)) {
            return new Found(Integer.parseInt(digits.group(1)), i, i + 1);
        }
        if (IDIOMS.containsKey(word)) {
            return new Found(IDIOMS.get(word), i, i + 1);
        }
        if (ordinalsToo && ORDINALS.containsKey(word)) {
            return new Found(ORDINALS.get(word), i, i + 1);
        }
        int value;
        int end = i + 1;
        String[] hyphenated = word.split("-");
        if (hyphenated.length == 2 && TENS.containsKey(hyphenated[0])) {
            Integer unit = UNITS.get(hyphenated[1]);
            Integer ordinal = ordinalsToo ? ORDINALS.get(hyphenated[1]) : null;
            if (unit == null && ordinal == null) {
                return null;
            }
            return new Found(TENS.get(hyphenated[0]) + (unit != null ? unit : ordinal), i, end);
        }
        if (TENS.containsKey(word)) {
            value = TENS.get(word);
            int unit = end < words.size() ? UNITS.getOrDefault(words.get(end), 0) : 0;
            if (unit >= 1 && unit <= 9) {
                value += unit;
                end++;
            } else if (ordinalsToo && end < words.size() && ORDINALS.getOrDefault(words.get(end), 10) < 10) {
                value += ORDINALS.get(words.get(end));
                end++;
            }
        } else if (UNITS.containsKey(word) && !word.equals("oh")) {
            value = UNITS.get(word);
        } else {
            return null;
        }
        if (end < words.size() && words.get(end).equals("hundred")) {
            value *= 100;
            end++;
            int rest = end < words.size() && words.get(end).equals("and") ? end + 1 : end;
            Found tail = rest < words.size() ? at(words, rest, ordinalsToo) : null;
            if (tail != null && tail.value() < 100) {
                value += tail.value();
                end = tail.end();
            }
        }
        return new Found(value, i, end);
    }
}
