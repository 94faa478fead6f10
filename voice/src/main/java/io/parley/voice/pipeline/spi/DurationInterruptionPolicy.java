package io.parley.voice.pipeline.spi;

import io.parley.voice.settings.RealtimeSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plain barge-in rule: stop words ("stop", "wait", "no") interrupt at once; backchannels ("yeah", "mm-hm")
 * never do; other sound interrupts once it lasts {@code bargeInMinDurationMs} with at least
 * {@code bargeInMinWords} words. Sound that ends before qualifying is ignored. An interruption that stays
 * wordless for {@code resumeTimeoutMs} after the caller falls silent was false: the agent resumes.
 */
public final class DurationInterruptionPolicy implements InterruptionPolicy {

    private static final Set<String> STOP_WORDS = Set.of("stop", "wait", "no", "hold", "hang", "cancel");
    /** Silence that ends one burst of sound. */
    private static final int BURST_END_MS = 200;
    private static final int FRAME_MS = 20;

    private final double threshold;
    private final long minDurationMs;
    private final int minWords;
    private final boolean resume;
    private final long resumeTimeoutMs;
    private final List<String> backchannels;

    private boolean agentSpeaking;
    private boolean inBurst;
    private long burstMs;
    private long silenceMs;
    private String words = "";
    private boolean awaitingProof;
    private long proofSilenceMs;

    public DurationInterruptionPolicy(RealtimeSettings settings) {
        this.threshold = settings.vadThreshold();
        this.minDurationMs = settings.bargeInMinDurationMs();
        this.minWords = settings.bargeInMinWords();
        this.resume = settings.resumeAfterFalseInterruption();
        this.resumeTimeoutMs = settings.resumeTimeoutMs();
        this.backchannels = settings.backchannelWords().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public void agentStartedSpeaking() {
        agentSpeaking = true;
        awaitingProof = false;
        reset();
    }

    @Override
    public void agentStoppedSpeaking() {
        agentSpeaking = false;
        reset();
    }

    @Override
    public BargeInVerdict onFrame(float speechProbability) {
        boolean voiced = speechProbability >= threshold;
        if (awaitingProof) {
            proofSilenceMs = voiced ? 0 : proofSilenceMs + FRAME_MS;
            if (proofSilenceMs >= resumeTimeoutMs) {
                awaitingProof = false;
                return resume ? BargeInVerdict.of(BargeInVerdict.Kind.RESUME,
                        "no words " + resumeTimeoutMs + " ms after the interruption") : BargeInVerdict.NONE;
            }
            return BargeInVerdict.NONE;
        }
        if (!agentSpeaking) {
            return BargeInVerdict.NONE;
        }
        if (voiced) {
            silenceMs = 0;
            burstMs += FRAME_MS;
            if (!inBurst) {
                inBurst = true;
                return BargeInVerdict.of(BargeInVerdict.Kind.PENDING, "sound over the agent");
            }
            return decide(false);
        }
        if (inBurst) {
            silenceMs += FRAME_MS;
            if (silenceMs >= BURST_END_MS) {
                return decide(true);
            }
        }
        return BargeInVerdict.NONE;
    }

    @Override
    public BargeInVerdict onTranscript(String transcript) {
        words = normalise(transcript);
        if (awaitingProof && !words.isEmpty()) {
            awaitingProof = false;
            return BargeInVerdict.NONE;
        }
        if (!agentSpeaking || !inBurst) {
            return BargeInVerdict.NONE;
        }
        return decide(false);
    }

    private BargeInVerdict decide(boolean burstEnded) {
        String[] list = words.isEmpty() ? new String[0] : words.split(" ");
        if (list.length > 0 && STOP_WORDS.contains(list[0])) {
            return interrupt("stop word \"" + list[0] + "\"");
        }
        if (isBackchannel(words)) {
            return burstEnded ? ignore("backchannel \"" + words + "\"") : BargeInVerdict.NONE;
        }
        if (burstMs >= minDurationMs && list.length >= minWords) {
            return interrupt("speech " + burstMs + " ms, " + list.length + " word(s)");
        }
        if (burstEnded) {
            return ignore(list.length == 0 ? "noise, no words (" + burstMs + " ms)" : "too short: " + burstMs + " ms");
        }
        return BargeInVerdict.NONE;
    }

    private BargeInVerdict interrupt(String reason) {
        awaitingProof = words.isEmpty();
        proofSilenceMs = 0;
        agentSpeaking = false;
        reset();
        return BargeInVerdict.of(BargeInVerdict.Kind.INTERRUPT, reason);
    }

    private BargeInVerdict ignore(String reason) {
        reset();
        return BargeInVerdict.of(BargeInVerdict.Kind.IGNORE, reason);
    }

    private void reset() {
        inBurst = false;
        burstMs = 0;
        silenceMs = 0;
        words = "";
    }

    private boolean isBackchannel(String text) {
        if (text.isEmpty()) {
            return false;
        }
        String rest = text;
        boolean stripped = true;
        // "yeah yeah okay" is still a backchannel: strip known phrases until nothing or something else is left.
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
