package io.parley.voice.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Phone numbers, emails, web addresses and codes that must be spelled out rather than read as words. */
final class Addresses {

    private static final Pattern PHONE = Pattern.compile(
            "(\\+?1[-. ])?\\(?(\\d{3})\\)?[-. ](\\d{3})[-.](\\d{4})|(\\d{3})-(\\d{4})");
    private static final Pattern AREA_CODE = Pattern.compile("\\((\\d{3})\\)");
    private static final Pattern LOCAL_NUMBER = Pattern.compile("(\\d{3})-(\\d{4})");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile(
            "(?i)(https?://)?((?:[\\w-]+\\.)+(?:com|org|net|io|ai|dev|co|uk|de|fr|app|gov|edu|info|biz|us|ca|eu))"
                    + "(:\\d+)?(/[^\\s]*)?");
    private static final Pattern SCHEME_URL = Pattern.compile("(?i)(https?://)([^\\s/]+)(/[^\\s]*)?");
    private static final Pattern CODE_CHARS = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
    private static final Pattern HASH_CODE = Pattern.compile("#((?=[A-Za-z0-9-]*\\d|[A-Z0-9-]+$)[A-Za-z0-9]+(-[A-Za-z0-9]+)*)");
    private static final Pattern WORDY = Pattern.compile(".*[a-z]{4,}.*");
    private static final Pattern LETTERS_OR_DIGITS = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    /** Words after which a run of capitals or digits is a reference to spell out: "order 12345", "code ABCDE". */
    private static final Set<String> CODE_CONTEXT = Set.of("order", "code", "confirmation", "reference", "ref",
            "booking", "ticket", "pin", "account", "id", "tracking", "flight", "invoice", "voucher", "promo");

    private Addresses() {
    }

    static String phone(String core) {
        Matcher m = PHONE.matcher(core);
        if (!m.matches()) {
            return null;
        }
        if (m.group(5) != null) {
            return NumberWords.digits(m.group(5)) + ", " + NumberWords.digits(m.group(6));
        }
        String country = m.group(1) != null ? "one, " : "";
        return country + NumberWords.digits(m.group(2)) + ", " + NumberWords.digits(m.group(3)) + ", "
                + NumberWords.digits(m.group(4));
    }

    /** "(555) 123-4567" written as two words; null unless both halves fit. */
    static String splitPhone(Word areaCode, Word local) {
        Matcher area = AREA_CODE.matcher(areaCode.raw());
        Matcher rest = LOCAL_NUMBER.matcher(local.core());
        if (!area.matches() || !rest.matches() || !local.lead().isEmpty()) {
            return null;
        }
        return NumberWords.digits(area.group(1)) + ", " + NumberWords.digits(rest.group(1)) + ", "
                + NumberWords.digits(rest.group(2)) + local.trail();
    }

    static boolean isAreaCode(Word word) {
        return AREA_CODE.matcher(word.raw()).matches();
    }

    static String email(String core) {
        return EMAIL.matcher(core).matches() ? symbols(core) : null;
    }

    static String url(String core) {
        Matcher m = URL.matcher(core);
        if (m.matches()) {
            String host = m.group(2).toLowerCase(Locale.ROOT);
            String port = m.group(3) == null ? "" : " colon " + NumberWords.digits(m.group(3));
            String path = m.group(4) == null || m.group(4).equals("/") ? "" : " " + symbols(m.group(4));
            return (host.startsWith("www.") ? "w w w " + symbols(host.substring(4)) : symbols(host)) + port + path;
        }
        Matcher s = SCHEME_URL.matcher(core);
        if (s.matches()) {
            String path = s.group(3) == null || s.group(3).equals("/") ? "" : " " + symbols(s.group(3));
            return symbols(s.group(2)) + path;
        }
        return null;
    }

    /** Speaks the punctuation of an address as words and keeps the rest: "jo.doe@x.com" is "jo dot doe at x dot com". */
    private static String symbols(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(c);
                continue;
            }
            flushDigits(out, digits);
            String word = switch (c) {
                case '.' -> "dot";
                case '@' -> "at";
                case '/' -> "slash";
                case '-' -> "dash";
                case '_' -> "underscore";
                case '+' -> "plus";
                case ':' -> "colon";
                case '?' -> "question mark";
                case '=' -> "equals";
                case '&' -> "and";
                case '#' -> "hash";
                default -> null;
            };
            if (word != null) {
                out.append(out.isEmpty() ? "" : " ").append(word).append(' ');
            } else {
                out.append(c);
            }
        }
        flushDigits(out, digits);
        return out.toString().trim().replaceAll(" +", " ");
    }

    private static void flushDigits(StringBuilder out, StringBuilder digits) {
        if (!digits.isEmpty()) {
            out.append(out.isEmpty() || out.charAt(out.length() - 1) == ' ' ? "" : " ")
                    .append(NumberWords.digits(digits)).append(' ');
            digits.setLength(0);
        }
    }

    /**
     * Codes with a part that mixes letters and digits ("AB12C", "AB-12C"), "#A7X9", or capitals and digits after
     * "order"/"code": spelled out. "COVID-19" (a word and a number) is not a code.
     */
    static String code(String core, String previousLower) {
        Matcher hash = HASH_CODE.matcher(core);
        if (hash.matches()) {
            return "number " + spell(hash.group(1));
        }
        if (!CODE_CHARS.matcher(core).matches() || core.length() - count(core, '-') < 3) {
            return null;
        }
        boolean mixed = false;
        for (String part : core.split("-")) {
            mixed |= part.chars().anyMatch(Character::isDigit) && part.chars().anyMatch(Character::isLetter);
        }
        if (mixed && !WORDY.matcher(core).matches()
                || CODE_CONTEXT.contains(previousLower) && LETTERS_OR_DIGITS.matcher(core).matches()) {
            return spell(core);
        }
        return null;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** Letter by letter and digit by digit: "a7x9" is "A seven X nine". */
    static String spell(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '-') {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.isDigit(c) ? NumberWords.digits(String.valueOf(c))
                    : String.valueOf(Character.toUpperCase(c)));
        }
        return out.toString();
    }
}
