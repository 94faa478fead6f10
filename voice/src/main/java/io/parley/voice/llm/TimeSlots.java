package io.parley.voice.llm;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day in a caller's words: "seven thirty", "half past seven pm", "19:30", "quarter to nine". */
final class TimeSlots {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(am|pm)?");
    private static final Set<String> TIME_CUES = Set.of("at", "around", "about", "by");

    private TimeSlots() {
    }

    /** A time of day; a bare "seven" counts only after "at"/"around" or when the caller was asked for a time. */
    static SlotValue time(List<String> words, BitSet used, boolean asked) {
        for (int i = 0; i < words.size(); i++) {
            if (used.get(i)) {
                continue;
            }
            String word = words.get(i);
            if (word.equals("noon") || word.equals("midday") || word.equals("midnight")) {
                used.set(i);
                return clock(word.equals("midnight") ? 0 : 12, 0, word.equals("midnight") ? "am" : "pm");
            }
            int hour;
            int minute = 0;
            int end;
            boolean explicit;
            Matcher clock = CLOCK.matcher(word);
            if (word.equals("half") || word.equals("quarter")) {
                int past = i + 2 < words.size() && (words.get(i + 1).equals("past") || words.get(i + 1).equals("to"))
                        ? i + 2 : -1;
                SpokenNumbers.Found h = past > 0 ? SpokenNumbers.at(words, past, false) : null;
                if (h == null || h.value() > 23) {
                    continue;
                }
                boolean to = words.get(i + 1).equals("to");
                minute = word.equals("half") ? 30 : to ? 45 : 15;
                hour = to ? h.value() - 1 : h.value();
                end = h.end();
                explicit = true;
            } else if (clock.matches()) {
                hour = Integer.parseInt(clock.group(1));
                minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
                end = i + 1;
                explicit = clock.group(2) != null || clock.group(3) != null;
                if (clock.group(3) != null) {
                    return mark(used, i, end, clock(hour, minute, clock.group(3)));
                }
            } else {
                SpokenNumbers.Found h = SpokenNumbers.at(words, i, false);
                if (h == null || h.value() > 23 || h.end() - h.start() > 1 && h.value() > 12) {
                    continue;
                }
                hour = h.value();
                end = h.end();
                explicit = false;
                SpokenNumbers.Found m = end < words.size() ? SpokenNumbers.at(words, end, false) : null;
                if (m != null && m.value() >= 10 && m.value() < 60 || m != null && words.get(end).equals("oh")) {
                    minute = m.value();
                    end = m.end();
                    explicit = true;
                }
            }
            String meridiem = null;
            if (end < words.size() && words.get(end).matches("[ap]\\.?m|o'clock")) {
                meridiem = words.get(end).startsWith("o") ? null : words.get(end).substring(0, 1) + "m";
                explicit = true;
                end++;
            } else if (end + 1 < words.size() && words.get(end).matches("[ap]") && words.get(end + 1).equals("m")) {
                meridiem = words.get(end) + "m";
                explicit = true;
                end += 2;
            } else if (end + 2 < words.size() && words.get(end).equals("in") && words.get(end + 1).equals("the")) {
                String part = words.get(end + 2);
                meridiem = part.equals("morning") ? "am" : part.equals("evening") || part.equals("afternoon") ? "pm"
                        : null;
                explicit |= meridiem != null;
                end = meridiem != null ? end + 3 : end;
            }
            boolean cued = i > 0 && TIME_CUES.contains(words.get(i - 1));
            if ((explicit || cued || asked) && hour <= 23 && minute <= 59) {
                return mark(used, i, end, clock(hour, minute, meridiem));
            }
        }
        return null;
    }

    private static SlotValue mark(BitSet used, int from, int to, SlotValue value) {
        used.set(from, to);
        return value;
    }

    private static SlotValue clock(int hour, int minute, String meridiem) {
        String minutes = String.format(Locale.ROOT, ":%02d", minute);
        if (meridiem == null && hour <= 12) {
            return new SlotValue(hour + minutes, hour + minutes);
        }
        int hour24 = meridiem == null ? hour : hour % 12 + (meridiem.equals("pm") ? 12 : 0);
        int hour12 = hour24 % 12 == 0 ? 12 : hour24 % 12;
        String spoken = hour12 + (minute == 0 ? "" : minutes) + (hour24 < 12 ? " am" : " pm");
        return new SlotValue(String.format(Locale.ROOT, "%02d%s", hour24, minutes), spoken);
    }
}
