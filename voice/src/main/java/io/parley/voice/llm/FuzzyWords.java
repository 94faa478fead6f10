package io.parley.voice.llm;

/**
 * How alike two words are, forgiving the mistakes speech recognition makes: near-miss spellings ("tabel"),
 * plurals and sound-alikes ("reservation" / "reservations", "book" / "brook").
 */
final class FuzzyWords {

    private FuzzyWords() {
    }

    /** 1 for the same word, 0 for nothing alike. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        String stemA = stem(a);
        String stemB = stem(b);
        if (stemA.equals(stemB)) {
            return 0.95;
        }
        int longest = Math.max(stemA.length(), stemB.length());
        double spelling = 1.0 - (double) distance(stemA, stemB) / longest;
        if (longest <= 3) {
            // Short words differ by one letter in meaning too often ("for" / "four" aside): be strict.
            spelling = spelling >= 0.99 ? spelling : spelling * 0.6;
        }
        double sound = soundKey(stemA).equals(soundKey(stemB)) && longest > 3 ? 0.8 : 0;
        return Math.max(spelling, sound);
    }

    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** A Soundex-like key: first letter, then consonant classes with repeats and vowels dropped. */
    static String soundKey(String word) {
        StringBuilder key = new StringBuilder();
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char code = switch (word.charAt(i)) {
                case 'b', 'f', 'p', 'v' -> '1';
                case 'c', 'g', 'j', 'k', 'q', 's', 'x', 'z' -> '2';
                case 'd', 't' -> '3';
                case 'l' -> '4';
                case 'm', 'n' -> '5';
                case 'r' -> '6';
                default -> '0';
            };
            if (i == 0) {
                key.append(code == '0' ? word.charAt(0) : code);
            } else if (code != '0' && code != last) {
                key.append(code);
            }
            last = code;
        }
        return key.toString();
    }
}
