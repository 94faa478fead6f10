package io.parley.voice.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Money, percentages, temperatures and units of measure. */
final class Measures {

    static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?";
    private static final Pattern MONEY = Pattern.compile("([-−+]?)([$€£¥])" + NUMBER + "([kmb]|bn)?(?:/([a-z]+))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("([-−+]?)" + NUMBER + "%");
    private static final Pattern DEGREES = Pattern.compile("([-−+]?)" + NUMBER + "°([fc])?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTACHED_UNIT = Pattern.compile("([-−+]?)" + NUMBER + "([a-zA-Z°/]+)");
    private static final Map<String, String[]> CURRENCIES = Map.of(
            "$", new String[] {"dollar", "dollars", "cent", "cents"},
            "€", new String[] {"euro", "euros", "cent", "cents"},
            "£", new String[] {"pound", "pounds", "penny", "pence"},
            "¥", new String[] {"yen", "yen", "sen", "sen"});
    private static final Map<String, String> SCALES = Map.of("k", "thousand", "m", "million", "b", "billion",
            "bn", "billion", "thousand", "thousand", "million", "million", "billion", "billion", "trillion", "trillion");
    private static final Map<String, String[]> UNITS = Map.ofEntries(
            unit("km", "kilometer"), unit("m", "meter"), unit("cm", "centimeter"), unit("mm", "millimeter"),
            unit("mi", "mile"), unit("ft", "foot", "feet"), unit("kg", "kilogram"), unit("g", "gram"),
            unit("mg", "milligram"), unit("lb", "pound"), unit("lbs", "pound"), unit("oz", "ounce"),
            unit("l", "liter"), unit("ml", "milliliter"), unit("mph", "mile per hour", "miles per hour"),
            unit("km/h", "kilometer per hour", "kilometers per hour"),
            unit("kph", "kilometer per hour", "kilometers per hour"), unit("h", "hour"), unit("hr", "hour"),
            unit("hrs", "hour"), unit("min", "minute"), unit("mins", "minute"), unit("sec", "second"),
            unit("ms", "millisecond"), unit("kb", "kilobyte"), unit("mb", "megabyte"), unit("gb", "gigabyte"),
            unit("tb", "terabyte"), unit("kw", "kilowatt"), unit("kwh", "kilowatt hour"), unit("w", "watt"),
            unit("°f", "degree Fahrenheit", "degrees Fahrenheit"), unit("°c", "degree Celsius", "degrees Celsius"),
            unit("°", "degree"), unit("x", "times", "times"));

    private Measures() {
    }

    private static Map.Entry<String, String[]> unit(String symbol, String singular) {
        return unit(symbol, singular, singular + "s");
    }

    private static Map.Entry<String, String[]> unit(String symbol, String singular, String plural) {
        return Map.entry(symbol, new String[] {singular, plural});
    }

    static boolean isMoney(String core) {
        return MONEY.matcher(core).matches();
    }

    /** "$12.50" and "$1.5 million"; {@code scaleWord} is the next word's core or null. Null when not money. */
    static String money(String core, String scaleWord) {
        Matcher m = MONEY.matcher(core);
        if (!m.matches()) {
            return null;
        }
        String per = m.group(6) == null ? "" : " per " + m.group(6);
        String[] names = CURRENCIES.get(m.group(2));
        String sign = sign(m.group(1));
        String scale = m.group(5) != null ? SCALES.get(m.group(5).toLowerCase(Locale.ROOT)) : scaleWord;
        if (scale != null) {
            return sign + NumberWords.decimal(m.group(3), m.group(4)) + " " + scale + " " + names[1] + per;
        }
        String whole = m.group(3).replace(",", "");
        String fraction = m.group(4);
        if (fraction != null && fraction.length() > 2) {
            return sign + NumberWords.decimal(whole, fraction) + " " + names[1] + per;
        }
        long units = whole.length() > NumberWords.MAX_CARDINAL_DIGITS ? -1 : Long.parseLong(whole);
        int cents = fraction == null ? 0 : Integer.parseInt(fraction.length() == 1 ? fraction + "0" : fraction);
        String unitsSpoken = units < 0 ? NumberWords.digits(whole) + " " + names[1]
                : NumberWords.cardinal(units) + " " + (units == 1 ? names[0] : names[1]);
        if (cents == 0) {
            return sign + unitsSpoken + per;
        }
        String centsSpoken = NumberWords.cardinal(cents) + " " + (cents == 1 ? names[2] : names[3]);
        return sign + (units == 0 ? centsSpoken : unitsSpoken + " and " + centsSpoken) + per;
    }

    /** The scale word that may follow an amount ("million"), lower-cased, or null. */
    static String scaleWord(String core) {
        String lower = core.toLowerCase(Locale.ROOT);
        return lower.length() > 2 ? SCALES.get(lower) : null;
    }

    static String percent(String core) {
        Matcher m = PERCENT.matcher(core);
        return m.matches() ? sign(m.group(1)) + NumberWords.decimal(m.group(2), m.group(3)) + " percent" : null;
    }

    /** "72°F", "5km", "-3°C"; null when not a number glued to a known unit. */
    static String attachedUnit(String core) {
        Matcher d = DEGREES.matcher(core);
        if (d.matches()) {
            String symbol = d.group(4) == null ? "°" : "°" + d.group(4).toLowerCase(Locale.ROOT);
            return withUnit(d.group(1), d.group(2), d.group(3), UNITS.get(symbol));
        }
        Matcher m = ATTACHED_UNIT.matcher(core);
        if (!m.matches()) {
            return null;
        }
        String[] unit = UNITS.get(m.group(4).toLowerCase(Locale.ROOT));
        return unit == null ? null : withUnit(m.group(1), m.group(2), m.group(3), unit);
    }

    /** A number word followed by a separate unit word ("5 km"); null when the second word is not a unit. */
    static String separateUnit(String sign, String whole, String fraction, String unitCore) {
        String[] unit = UNITS.get(unitCore.toLowerCase(Locale.ROOT));
        return unit == null ? null : withUnit(sign, whole, fraction, unit);
    }

    private static String withUnit(String sign, String whole, String fraction, String[] unit) {
        boolean one = fraction == null && whole.equals("1");
        return sign(sign) + NumberWords.decimal(whole, fraction) + " " + (one ? unit[0] : unit[1]);
    }

    static String sign(String sign) {
        return switch (sign) {
            case "-", "−" -> "minus ";
            case "+" -> "plus ";
            default -> "";
        };
    }
}
