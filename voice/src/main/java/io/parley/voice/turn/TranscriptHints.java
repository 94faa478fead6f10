package io.parley.voice.turn;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a partial transcript for signs that the user is not done (a trailing "and", "um", "because", a preposition,
 * a half-said number) or is done and waiting (a complete question). English word lists; unknown text is neutral.
 */
public final class TranscriptHints {

    /** Fillers, conjunctions and words that cannot end a sentence. */
    private static final Set<String> CONTINUATION = Set.of(
            "um", "umm", "uh", "uhh", "er", "erm", "hmm", "mm", "like",
            "and", "or", "but", "so", "because", "cause", "cuz", "if", "then", "that", "which", "who", "when",
            "while", "although", "though", "unless", "until", "than", "plus",
            "the", "a", "an", "my", "your", "our", "their", "his", "her", "its", "this", "these", "those", "some",
            "to", "for", "with", "of", "in", "on", "at", "from", "by", "about", "into", "onto", "under", "over",
            "is", "are", "was", "were", "be", "am", "i", "i'm", "we", "we're", "let's", "want", "need", "would",
            "please", "maybe", "just", "also", "actually", "basically", "well");

    private static final Set<String> TENS = Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");
    private static final Set<String> NUMBER_CONTINUES = Set.of("hundred", "thousand", "million", "billion", "point",
            "dot", "dash", "minus");
    private static final Set<String> DIGIT_WORDS = Set.of("zero", "oh", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");
    /** Contexts in which a short run of digits is the start of something longer. */
    private static final Set<String> DIGIT_STRING_CONTEXT = Set.of("number", "phone", "card", "code", "zip", "account",
            "id", "reference", "confirmation", "pin", "postcode", "order");
    /** Digits after which a string is plausibly complete: a card number, a phone number, anything else (codes, IDs). */
    private static final int CARD_DIGITS = 15;
    private static final int PHONE_DIGITS = 10;
    private static final int CODE_DIGITS = 6;

    private static final Set<String> QUESTION_OPENERS = Set.of("what", "what's", "when", "where", "who", "why", "how",
            "which", "can", "could", "would", "will", "do", "does", "did", "is", "are", "was", "were", "should",
            "shall", "may", "have", "has", "whats", "hows", "wheres", "isn't", "aren't", "don't", "doesn't");
    private static final int MIN_QUESTION_WORDS = 3;

    private TranscriptHints() {
    }

    public static TranscriptHint classify(String transcript) {
        if (transcript == null || transcript.isBlank()) {
            return TranscriptHint.NEUTRAL;
        }
        String text = transcript.strip().toLowerCase(Locale.ROOT);
        if (text.endsWith(",") || text.endsWith("...") || text.endsWith("-")) {
            return endsInNumber(words(text)) ? TranscriptHint.PARTIAL_NUMBER : TranscriptHint.TRAILING_FILLER;
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            return TranscriptHint.NEUTRAL;
        }
        String last = words.getLast();
        if (isPartialNumber(words)) {
            return TranscriptHint.PARTIAL_NUMBER;
        }
        if (CONTINUATION.contains(last)) {
            return TranscriptHint.TRAILING_FILLER;
        }
        if (text.endsWith("?") || (QUESTION_OPENERS.contains(words.getFirst()) && words.size() >= MIN_QUESTION_WORDS)) {
            return TranscriptHint.COMPLETE_QUESTION;
        }
        return TranscriptHint.NEUTRAL;
    }

    private static boolean isPartialNumber(List<String> words) {
        String last = words.getLast();
        if (TENS.contains(last) || NUMBER_CONTINUES.contains(last)) {
            return true;
        }
        int digits = trailingDigitCount(words);
        if (digits == 0) {
            return false;
        }
        // "four five five" after "my number is" is the start of a phone number, not an answer of "four".
        int before = words.size() - 1;
        while (before >= 0 && digitsIn(words.get(before)) > 0) {
            before--;
        }
        List<String> context = words.subList(Math.max(0, before - 3), before + 1);
        if (context.stream().noneMatch(DIGIT_STRING_CONTEXT::contains)) {
            return false;
        }
        int complete = context.contains("card") ? CARD_DIGITS : context.contains("phone") ? PHONE_DIGITS : CODE_DIGITS;
        return digits < complete;
    }

    private static boolean endsInNumber(List<String> words) {
        return !words.isEmpty() && (digitsIn(words.getLast()) > 0 || TENS.contains(words.getLast()));
    }

    private static int trailingDigitCount(List<String> words) {
        int count = 0;
        for (int i = words.size() - 1; i >= 0; i--) {
            int d = digitsIn(words.get(i));
            if (d == 0) {
                break;
            }
            count += d;
        }
        return count;
    }

    private static int digitsIn(String word) {
        if (DIGIT_WORDS.contains(word)) {
            return 1;
        }
        if (!word.isEmpty() && word.chars().allMatch(Character::isDigit)) {
            return word.length();
        }
        return 0;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}'-]+"))
                .map(w -> w.replaceAll("^[-']+|[-']+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
