package io.parley.voice.interruption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-level reading of what the user said over the agent: stop phrases, backchannels, and the words that count
 * towards bargeInMinWords. Matching is on whole words, so "know" is not "no", and hyphens are spaces, so "mm-hm" and
 * "mm hm" are the same backchannel.
 */
final class InterruptionWords {

    static final List<String> DEFAULT_STOP_PHRASES = List.of("wait", "stop", "no", "nope", "hold on", "hang on",
            "one second", "one moment", "excuse me", "pause", "cancel", "enough");
    /** A stop phrase must come early: "oh wait" opens an interruption, "could you make it wait" does not. */
    private static final int STOP_PHRASE_WITHIN_WORDS = 3;
    /** "no problem" and "no worries" agree with the agent rather than stop it. */
    private static final Set<String> AGREEING_AFTER_NO = Set.of("problem", "worries", "doubt");

    private final List<List<String>> stopPhrases;
    private final List<List<String>> backchannels;

    InterruptionWords(List<String> stopPhrases, List<String> backchannelWords) {
        this.stopPhrases = stopPhrases.stream().map(InterruptionWords::words).filter(w -> !w.isEmpty()).toList();
        this.backchannels = backchannelWords.stream().map(InterruptionWords::words).filter(w -> !w.isEmpty())
                .sorted((a, b) -> b.size() - a.size()) // longest first, so "got it" wins over "got"
                .toList();
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    boolean hasStopPhrase(List<String> words) {
        for (int start = 0; start < Math.min(STOP_PHRASE_WITHIN_WORDS, words.size()); start++) {
            for (List<String> phrase : stopPhrases) {
                if (matchesAt(words, start, phrase) && !agreeingNo(words, start, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when every word belongs to a backchannel phrase ("yeah okay", "mm hm right"). */
    boolean onlyBackchannel(List<String> words) {
        return !words.isEmpty() && contentWords(words).isEmpty();
    }

    /** The words left once backchannel phrases are taken out: what counts towards bargeInMinWords. */
    List<String> contentWords(List<String> words) {
        List<String> content = new ArrayList<>();
        int at = 0;
        while (at < words.size()) {
            int matched = 0;
            for (List<String> phrase : backchannels) {
                if (matchesAt(words, at, phrase)) {
                    matched = phrase.size();
                    break;
                }
            }
            if (matched == 0) {
                content.add(words.get(at));
                at++;
            } else {
                at += matched;
            }
        }
        return content;
    }

    private static boolean agreeingNo(List<String> words, int start, List<String> phrase) {
        return phrase.equals(List.of("no")) && start + 1 < words.size() && AGREEING_AFTER_NO.contains(words.get(start + 1));
    }

    private static boolean matchesAt(List<String> words, int start, List<String> phrase) {
        if (start + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!words.get(start + i).equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }
}
