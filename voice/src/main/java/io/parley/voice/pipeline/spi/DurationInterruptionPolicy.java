package io.parley.voice.pipeline.spi;

import io.parley.voice.settings.RealtimeSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plain barge-in rule: stop words ("stop", "wait", "no") interrupt at once; backchannels ("yeah", "mm-hm")
 * never do; anything else interrupts after {@code bargeInMinDurationMs} with at least {@code bargeInMinWords}
 * recognised words. Speech that ends before qualifying is ignored.
 */
public final class DurationInterruptionPolicy implements InterruptionPolicy {

    private static final Set<String> STOP_WORDS = Set.of("stop", "wait", "no", "hold", "hang", "cancel");

    private final long minDurationMs;
    private final int minWords;
    private final List<String> backchannels;

    public DurationInterruptionPolicy(RealtimeSettings settings) {
        this.minDurationMs = settings.bargeInMinDurationMs();
        this.minWords = settings.bargeInMinWords();
        this.backchannels = settings.backchannelWords().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public BargeInVerdict judge(long speechMs, String transcript, boolean finished) {
        String text = normalise(transcript);
        String[] words = text.isEmpty() ? new String[0] : text.split(" ");
        if (words.length > 0 && STOP_WORDS.contains(words[0])) {
            return BargeInVerdict.interrupt("stop word \"" + words[0] + "\"");
        }
        if (isBackchannel(text)) {
            return finished ? BargeInVerdict.ignore("backchannel \"" + text + "\"") : BargeInVerdict.WAIT;
        }
        boolean longEnough = speechMs >= minDurationMs;
        boolean enoughWords = words.length >= minWords;
        if (longEnough && enoughWords) {
            return BargeInVerdict.interrupt("speech " + speechMs + " ms, " + words.length + " word(s)");
        }
        if (finished) {
            return BargeInVerdict.ignore(words.length == 0 ? "noise, no words" : "too short: " + speechMs + " ms");
        }
        return BargeInVerdict.WAIT;
    }

    private boolean isBackchannel(String text) {
        if (text.isEmpty()) {
            return false;
        }
        String rest = text;
        // "yeah yeah okay" is still a backchannel: strip known phrases until nothing or something else is left.
        boolean stripped = true;
        while (stripped && !rest.isEmpty()) {
            stripped = false;
            for (String b : backchannels) {
                if (rest.equals(b) || rest.startsWith(b + " ")) {
                    rest = rest.substring(b.length()).trim();
                    stripped = true;
                    break;
                }
            }
        }
        return rest.isEmpty();
    }

    private static String normalise(String transcript) {
        if (transcript == null) {
            return "";
        }
        String lower = transcript.toLowerCase(Locale.ROOT).replaceAll("[^a-z' -]", " ");
        return String.join(" ", Arrays.stream(lower.trim().split("\\s+")).filter(w -> !w.isBlank()).toList());
    }
}
