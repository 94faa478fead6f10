package io.parley.voice.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates, times of day, ordinals and years. */
final class Calendar {

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> MONTHS_LOWER = MONTHS.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?:\\s?([ap])\\.?m\\.?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUR_MERIDIEM = Pattern.compile("(\\d{1,2})\\s?([ap])\\.?m\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MERIDIEM = Pattern.compile("([ap])\\.?m\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,9})(st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("(1\\d|20)(\\d)0s");
    private static final Pattern SHORT_DECADE = Pattern.compile("([2-9])0s");
    /** Words after which a four-digit number is a year: "in 1999", "since 2010". */
    private static final Set<String> YEAR_CONTEXT = Set.of("in", "since", "by", "until", "till", "from", "of", "year",
            "circa", "before", "after", "during", "around", "early", "late", "mid", "spring", "summer", "autumn",
            "fall", "winter", "copyright");

    private Calendar() {
    }

    /** The month for a month name or its common abbreviation, or -1. */
    static int month(String core) {
        if (core.length() < 3 || core.length() > 9 || !Character.isLetter(core.charAt(0))) {
            return -1;
        }
        String lower = core.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS_LOWER.size(); i++) {
            String name = MONTHS_LOWER.get(i);
            if (lower.equals(name) || lower.length() <= 4 && name.startsWith(lower)) {
                return i + 1;
            }
        }
        return -1;
    }

    static String date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        String spoken = MONTHS.get(month - 1) + " " + NumberWords.ordinal(day);
        return year < 0 ? spoken : spoken + ", " + NumberWords.year(year);
    }

    static String isoOrSlashDate(String core) {
        Matcher iso = ISO_DATE.matcher(core);
        if (iso.matches()) {
            return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher us = SLASH_DATE.matcher(core);
        if (us.matches()) {
            return date(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
        }
        return null;
    }

    /** "March 14th, 2026": the month word and up to two words after it. Consumes 1 to 3 words; null when no day. */
    static Spoken monthDayYear(List<Word> words) {
        int month = month(words.getFirst().core());
        if (month < 0 || words.size() < 2 || !words.getFirst().trail().isEmpty()) {
            return null;
        }
        Matcher day = DAY.matcher(words.get(1).core());
        if (!day.matches()) {
            return null;
        }
        int dayNumber = Integer.parseInt(day.group(1));
        Word dayWord = words.get(1);
        boolean yearFollows = words.size() > 2 && YEAR.matcher(words.get(2).core()).matches()
                && dayWord.trail().matches(",?");
        String spoken = date(-1, month, dayNumber);
        if (spoken == null) {
            return null;
        }
        if (yearFollows) {
            Word year = words.get(2);
            return new Spoken(words.getFirst().lead() + spoken + ", " + NumberWords.year(Integer.parseInt(year.core()))
                    + year.trail(), 3);
        }
        return new Spoken(words.getFirst().lead() + spoken + dayWord.trail(), 2);
    }

    /** "9:30", "9:30pm", "14:05"; {@code meridiemWord} is the next word's core when it may be "am"/"pm". */
    static String time(String core, String meridiemWord) {
        Matcher m = TIME.matcher(core);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour > 24 || minute > 59) {
                return null;
            }
            String meridiem = m.group(3) != null ? m.group(3) : meridiem(meridiemWord);
            return clock(hour, minute, meridiem);
        }
        Matcher h = HOUR_MERIDIEM.matcher(core);
        if (h.matches()) {
            int hour = Integer.parseInt(h.group(1));
            return hour >= 1 && hour <= 12 ? clock(hour, 0, h.group(2)) : null;
        }
        return null;
    }

    /** "a" or "p" when the word is am/pm in any common spelling, else null. */
    static String meridiem(String core) {
        if (core == null) {
            return null;
        }
        Matcher m = MERIDIEM.matcher(core);
        return m.matches() ? m.group(1) : null;
    }

    static String clock(int hour, int minute, String meridiem) {
        String hourWords = NumberWords.cardinal(hour);
        String minutes;
        if (minute == 0) {
            minutes = meridiem != null ? "" : hour > 12 || hour == 0 ? " hundred" : " o'clock";
        } else {
            minutes = " " + (minute < 10 ? "oh " + NumberWords.cardinal(minute) : NumberWords.cardinal(minute));
        }
        String suffix = meridiem == null ? "" : " " + meridiem.toLowerCase(Locale.ROOT) + " m";
        return hourWords + minutes + suffix;
    }

    static String ordinal(String core) {
        Matcher m = ORDINAL.matcher(core);
        return m.matches() ? NumberWords.ordinal(Long.parseLong(m.group(1))) : null;
    }

    /** A four-digit number read as a year when the word before it says so, or a decade like "1990s". */
    static String year(String core, String previousLower) {
        if (SHORT_DECADE.matcher(core).matches()) {
            String tens = NumberWords.cardinal(Integer.parseInt(core.substring(0, 2)));
            return tens.substring(0, tens.length() - 1) + "ies";
        }
        Matcher decade = DECADE.matcher(core);
        if (decade.matches()) {
            String year = NumberWords.year(Integer.parseInt(core.substring(0, 4)));
            return year.endsWith("y") ? year.substring(0, year.length() - 1) + "ies" : year + "s";
        }
        if (!YEAR.matcher(core).matches() || !YEAR_CONTEXT.contains(previousLower)) {
            return null;
        }
        int year = Integer.parseInt(core);
        return year >= 1000 && year < 2100 ? NumberWords.year(year) : null;
    }
}
