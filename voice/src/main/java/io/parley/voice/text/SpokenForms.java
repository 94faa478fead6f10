package io.parley.voice.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a word (and sometimes the one or two after it) is said. Every decision depends only on the word, the
 * {@link #lookahead} words after it and the word before it, which is what makes streaming normalization exact.
 */
final class SpokenForms {

    private static final Pattern NUMBER = Pattern.compile("([-−+]?)" + Measures.NUMBER);
    private static final Pattern LEADING_POINT = Pattern.compile("\\.(\\d+)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)[-–](\\d+)");
    private static final Pattern FRACTION = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    /** Hyphenated parts that are each all letters or all digits, with at least one of each. */
    private static final Pattern COMPOUND = Pattern.compile(
            "(?=.*[A-Za-z])(?=.*\\d)(?:[A-Za-z]+|\\d{1,6})(?:-(?:[A-Za-z]+|\\d{1,6}))+");
    private static final Pattern BARE_HOUR = Pattern.compile("\\d{1,2}");
    private static final Pattern TIME_LIKE = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("dr.", "Doctor"), Map.entry("mr.", "Mister"), Map.entry("mrs.", "Missus"),
            Map.entry("ms.", "Miz"), Map.entry("e.g.", "for example"), Map.entry("i.e.", "that is"),
            Map.entry("etc.", "et cetera"), Map.entry("vs.", "versus"), Map.entry("approx.", "approximately"),
            Map.entry("&", "and"), Map.entry("+", "plus"), Map.entry("=", "equals"), Map.entry("w/", "with"),
            Map.entry("24/7", "twenty-four seven"), Map.entry("%", "percent"));

    private SpokenForms() {
    }

    /** How many words after {@code first} its rules may look at; the streaming normalizer waits for them. */
    static int lookahead(Word first) {
        String core = first.core();
        if (isPlainWord(core) && Calendar.month(core) < 0) {
            return 0;
        }
        if (Addresses.isAreaCode(first)) {
            return 1;
        }
        if (core.isEmpty() || !first.trail().isEmpty()) {
            return 0;
        }
        if (Calendar.month(core) > 0) {
            return 2;
        }
        if (Measures.isMoney(core) || NUMBER.matcher(core).matches() || TIME_LIKE.matcher(core).matches()) {
            return 1;
        }
        return 0;
    }

    /** Says {@code words.getFirst()}, possibly with the words after it; never consumes more than it looked at. */
    static Spoken speak(List<Word> words, String previousLower) {
        Word first = words.getFirst();
        Word next = words.size() > 1 ? words.get(1) : null;
        String core = first.core();
        String abbreviation = ABBREVIATIONS.get(first.raw().toLowerCase(java.util.Locale.ROOT));
        if (abbreviation == null && first.trail().startsWith(".")) {
            abbreviation = ABBREVIATIONS.get(first.lowerCore() + ".");
            if (abbreviation != null) {
                return new Spoken(first.lead() + abbreviation + first.trail().substring(1), 1);
            }
        }
        if (abbreviation != null) {
            return new Spoken(abbreviation, 1);
        }
        if (core.isEmpty() || isPlainWord(core) && Calendar.month(core) < 0) {
            return new Spoken(first.around(core), 1);
        }
        Spoken multi = multiWord(first, next, words);
        if (multi != null) {
            return multi;
        }
        String single = singleWord(core, previousLower);
        return new Spoken(first.around(single == null ? core : single), 1);
    }

    /**
     * Most words are just words: letters (at least one lower case, so not a code like "ZXQWV") with perhaps an
     * apostrophe or hyphen. No rule changes them, so they skip the rules.
     */
    private static boolean isPlainWord(String core) {
        boolean lower = false;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                return false;
            }
        }
        return lower;
    }

    private static Spoken multiWord(Word first, Word next, List<Word> words) {
        Spoken date = Calendar.monthDayYear(words);
        if (date != null) {
            return date;
        }
        if (next == null) {
            return null;
        }
        String phone = Addresses.isAreaCode(first) ? Addresses.splitPhone(first, next) : null;
        if (phone != null) {
            return new Spoken(phone, 2);
        }
        if (!first.trail().isEmpty()) {
            return null;
        }
        String core = first.core();
        String money = Measures.money(core, Measures.scaleWord(next.core()));
        if (money != null && Measures.scaleWord(next.core()) != null) {
            return new Spoken(first.lead() + money + next.trail(), 2);
        }
        String meridiem = Calendar.meridiem(next.core());
        if (meridiem != null && (TIME_LIKE.matcher(core).matches() || BARE_HOUR.matcher(core).matches())) {
            String time = Calendar.time(core.contains(":") ? core : core + ":00", next.core());
            if (time != null) {
                String trail = next.core().contains(".") ? next.trail().replaceFirst("^\\.", "") : next.trail();
                return new Spoken(first.lead() + time + trail, 2);
            }
        }
        Matcher number = NUMBER.matcher(core);
        if (number.matches() && next.lead().isEmpty()) {
            String measured = Measures.separateUnit(number.group(1), number.group(2), number.group(3), next.core());
            if (measured != null) {
                return new Spoken(first.lead() + measured + next.trail(), 2);
            }
        }
        return null;
    }

    private static String singleWord(String core, String previousLower) {
        String spoken = Addresses.email(core);
        spoken = spoken != null ? spoken : Addresses.url(core);
        spoken = spoken != null ? spoken : Measures.money(core, null);
        spoken = spoken != null ? spoken : Measures.percent(core);
        spoken = spoken != null ? spoken : Calendar.isoOrSlashDate(core);
        spoken = spoken != null ? spoken : Calendar.time(core, null);
        spoken = spoken != null ? spoken : Addresses.phone(core);
        spoken = spoken != null ? spoken : Calendar.ordinal(core);
        spoken = spoken != null ? spoken : Measures.attachedUnit(core);
        spoken = spoken != null ? spoken : Calendar.year(core, previousLower);
        spoken = spoken != null ? spoken : Addresses.code(core, previousLower);
        spoken = spoken != null ? spoken : compound(core);
        return spoken != null ? spoken : number(core);
    }

    /** "5-star", "top-10", "COVID-19": a word and a number joined by a hyphen, each said as itself. */
    private static String compound(String core) {
        if (!COMPOUND.matcher(core).matches()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String part : core.split("-")) {
            out.append(out.isEmpty() ? "" : " ")
                    .append(Character.isDigit(part.charAt(0)) ? NumberWords.cardinal(part) : part);
        }
        return out.toString();
    }

    private static String number(String core) {
        Matcher m = NUMBER.matcher(core);
        if (m.matches()) {
            return Measures.sign(m.group(1)) + NumberWords.decimal(m.group(2), m.group(3));
        }
        Matcher point = LEADING_POINT.matcher(core);
        if (point.matches()) {
            return "point " + NumberWords.digits(point.group(1));
        }
        Matcher range = RANGE.matcher(core);
        if (range.matches()) {
            return NumberWords.cardinal(range.group(1)) + " to " + NumberWords.cardinal(range.group(2));
        }
        Matcher fraction = FRACTION.matcher(core);
        if (fraction.matches()) {
            return fraction(Integer.parseInt(fraction.group(1)), Integer.parseInt(fraction.group(2)));
        }
        return null;
    }

    private static String fraction(int numerator, int denominator) {
        if (denominator < 2 || denominator > 10) {
            return NumberWords.cardinal(numerator) + " slash " + NumberWords.cardinal(denominator);
        }
        String name = switch (denominator) {
            case 2 -> numerator == 1 ? "half" : "halves";
            case 4 -> numerator == 1 ? "quarter" : "quarters";
            default -> NumberWords.ordinal(denominator) + (numerator == 1 ? "" : "s");
        };
        return NumberWords.cardinal(numerator) + " " + name;
    }
}
