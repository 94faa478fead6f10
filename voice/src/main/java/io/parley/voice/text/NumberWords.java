package io.parley.voice.text;

/** English words for numbers, as a listener expects to hear them. */
final class NumberWords {

    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion"};

    /** Longest integer spoken as a quantity; longer digit runs are read digit by digit. */
    static final int MAX_CARDINAL_DIGITS = 15;

    private NumberWords() {
    }

    static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(-n);
        }
        if (n < 1000) {
            return belowThousand((int) n);
        }
        StringBuilder out = new StringBuilder();
        int scale = 0;
        while (n > 0) {
            int group = (int) (n % 1000);
            if (group > 0) {
                String words = belowThousand(group) + (scale > 0 ? " " + SCALES[scale] : "");
                out.insert(0, out.isEmpty() ? words : words + " ");
            }
            n /= 1000;
            scale++;
        }
        return out.toString();
    }

    /** A digit string (no sign, no separators) as a quantity, or digit by digit when too long or zero-padded. */
    static String cardinal(String digits) {
        if (digits.length() > MAX_CARDINAL_DIGITS || (digits.length() > 1 && digits.charAt(0) == '0')) {
            return digits(digits);
        }
        return cardinal(Long.parseLong(digits));
    }

    private static String belowThousand(int n) {
        if (n < 20) {
            return ONES[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
        }
        return ONES[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + belowThousand(n % 100));
    }

    static String ordinal(long n) {
        String words = cardinal(n);
        int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
        return words.substring(0, cut) + ordinalWord(words.substring(cut));
    }

    private static String ordinalWord(String word) {
        return switch (word) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> word.endsWith("y") ? word.substring(0, word.length() - 1) + "ieth" : word + "th";
        };
    }

    /** Years the way people say them: 1999 "nineteen ninety-nine", 2005 "two thousand five", 2026 "twenty twenty-six". */
    static String year(int year) {
        if (year < 1000 || year > 9999) {
            return cardinal(year);
        }
        int high = year / 100;
        int low = year % 100;
        if (year % 1000 < 10) {
            return cardinal(year);
        }
        if (low == 0) {
            return cardinal(high) + " hundred";
        }
        return cardinal(high) + " " + (low < 10 ? "oh " + ONES[low] : cardinal(low));
    }

    /** Each digit on its own: "555" is "five five five". */
    static String digits(CharSequence digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(ONES[c - '0']);
            }
        }
        return out.toString();
    }

    /** An integer part (commas allowed) and optional fraction digits: "3", "5" is "three point five". */
    static String decimal(String integerPart, String fraction) {
        String whole = cardinal(integerPart.replace(",", ""));
        return fraction == null || fraction.isEmpty() ? whole : whole + " point " + digits(fraction);
    }
}
