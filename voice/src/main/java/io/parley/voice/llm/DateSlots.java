package io.parley.voice.llm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates in a caller's words: "tomorrow", "next friday", "march fourteenth", "the 3rd of april". */
final class DateSlots {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DateSlots() {
    }

    static SlotValue date(List<String> words, BitSet used, LocalDate today) {
        for (int i = 0; i < words.size(); i++) {
            if (used.get(i)) {
                continue;
            }
            String word = words.get(i);
            LocalDate date = switch (word) {
                case "today", "tonight" -> today;
                case "tomorrow" -> today.plusDays(1);
                default -> null;
            };
            int end = i + 1;
            if (date == null && dayOfWeek(word) != null) {
                DayOfWeek day = dayOfWeek(word);
                boolean next = i > 0 && words.get(i - 1).equals("next");
                date = today.plusDays(((day.getValue() - today.getDayOfWeek().getValue()) + 7) % 7);
                if (next && !date.isAfter(today)) {
                    date = date.plusDays(7);
                }
            }
            if (date == null) {
                int[] monthDay = monthAndDay(words, i);
                if (monthDay != null) {
                    date = upcoming(today, monthDay[0], monthDay[1]);
                    end = monthDay[2];
                }
            }
            Matcher iso = ISO.matcher(word);
            if (date == null && iso.matches()) {
                date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            if (date != null) {
                used.set(i, end);
                return new SlotValue(date.toString(), spoken(date));
            }
        }
        return null;
    }

    private static DayOfWeek dayOfWeek(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (word.equals(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
                return day;
            }
        }
        return null;
    }

    private static Month month(String word) {
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (word.equals(name) || word.length() == 3 && name.startsWith(word) && !word.equals("may")) {
                return month;
            }
        }
        return word.equals("may") ? Month.MAY : null;
    }

    /** "march fourteenth", "march 14", "14th of march", "the fourteenth": {month (0 = unknown), day, end}. */
    private static int[] monthAndDay(List<String> words, int i) {
        Month month = month(words.get(i));
        if (month != null && i + 1 < words.size()) {
            SpokenNumbers.Found day = SpokenNumbers.at(words, i + 1, true);
            if (day != null && day.value() >= 1 && day.value() <= 31) {
                return new int[] {month.getValue(), day.value(), day.end()};
            }
        }
        boolean afterThe = i > 0 && words.get(i - 1).equals("the");
        SpokenNumbers.Found day = SpokenNumbers.at(words, i, true);
        if (day == null || day.value() < 1 || day.value() > 31) {
            return null;
        }
        int end = day.end();
        if (end + 1 < words.size() && words.get(end).equals("of") && month(words.get(end + 1)) != null) {
            return new int[] {month(words.get(end + 1)).getValue(), day.value(), end + 2};
        }
        boolean ordinal = !words.get(i).matches("\\d+") && !List.of("one", "two", "three").contains(words.get(i));
        return afterThe && ordinal ? new int[] {0, day.value(), end} : null;
    }

    private static LocalDate upcoming(LocalDate today, int month, int day) {
        if (month == 0) {
            LocalDate candidate = today.withDayOfMonth(Math.min(day, today.lengthOfMonth()));
            return candidate.isBefore(today) ? candidate.plusMonths(1) : candidate;
        }
        LocalDate candidate = LocalDate.of(today.getYear(), month, Math.min(day, Month.of(month).maxLength()));
        return candidate.isBefore(today) ? candidate.plusYears(1) : candidate;
    }

    static String spoken(LocalDate date) {
        int day = date.getDayOfMonth();
        String suffix = day >= 11 && day <= 13 ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return date.format(DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH)) + suffix;
    }
}
