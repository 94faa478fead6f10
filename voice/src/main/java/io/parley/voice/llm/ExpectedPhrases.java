package io.parley.voice.llm;

import io.parley.voice.agent.FlowDefinition.Slot;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words a caller is likely to say next, given where the flow stands. */
final class ExpectedPhrases {

    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final List<String> ALWAYS = List.of("yes", "no", "repeat", "again");

    private ExpectedPhrases() {
    }

    static List<String> of(FlowConversation conversation, IntentMatcher matcher) {
        Set<String> phrases = new LinkedHashSet<>();
        Slot asked = conversation.asked();
        if (asked == null) {
            phrases.addAll(matcher.vocabulary());
        } else {
            switch (asked.type()) {
                case NUMBER -> {
                    phrases.addAll(NUMBERS);
                    phrases.addAll(List.of("people", "of us", "just me"));
                }
                case DATE -> {
                    phrases.addAll(List.of("today", "tonight", "tomorrow", "next"));
                    for (DayOfWeek day : DayOfWeek.values()) {
                        phrases.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
                    }
                    for (Month month : Month.values()) {
                        phrases.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
                    }
                }
                case TIME -> {
                    phrases.addAll(NUMBERS);
                    phrases.addAll(List.of("fifteen", "thirty", "forty five", "o'clock", "half past", "quarter",
                            "a m", "p m", "noon"));
                }
                case CHOICE -> phrases.addAll(asked.values());
                case NAME -> phrases.addAll(List.of("my name is", "it's under"));
                case TEXT -> { }
            }
        }
        phrases.addAll(ALWAYS);
        return List.copyOf(new ArrayList<>(phrases));
    }
}
