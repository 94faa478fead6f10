package io.parley.voice.pipeline.spi;

import io.parley.voice.interruption.BargeInDecision;
import io.parley.voice.interruption.BargeInPolicy;
import io.parley.voice.settings.RealtimeSettings;

import java.util.Locale;

/**
 * Parley's barge-in policy (stop words, backchannels, noise, minimum duration and words, false interruptions)
 * behind the pipeline's {@link InterruptionPolicy} interface.
 */
public final class StandardInterruptionPolicy implements InterruptionPolicy {

    private final BargeInPolicy policy;

    public StandardInterruptionPolicy(RealtimeSettings settings) {
        this.policy = new BargeInPolicy(settings);
    }

    @Override
    public void agentStartedSpeaking() {
        policy.agentStartedSpeaking();
    }

    @Override
    public void agentStoppedSpeaking() {
        policy.agentStoppedSpeaking();
    }

    @Override
    public BargeInVerdict onFrame(float speechProbability) {
        return verdict(policy.onFrame(speechProbability));
    }

    @Override
    public BargeInVerdict onTranscript(String transcript) {
        return verdict(policy.onTranscript(transcript));
    }

    private static BargeInVerdict verdict(BargeInDecision d) {
        BargeInVerdict.Kind kind = switch (d.action()) {
            case NONE -> BargeInVerdict.Kind.NONE;
            case PENDING -> BargeInVerdict.Kind.PENDING;
            case IGNORE -> BargeInVerdict.Kind.IGNORE;
            case INTERRUPT -> BargeInVerdict.Kind.INTERRUPT;
            case RESUME -> BargeInVerdict.Kind.RESUME;
        };
        if (kind == BargeInVerdict.Kind.NONE) {
            return BargeInVerdict.NONE;
        }
        String reason = d.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (d.words().isEmpty() ? "" : " \"" + String.join(" ", d.words()) + "\"")
                + ", " + d.speechMs() + " ms";
        return BargeInVerdict.of(kind, reason);
    }
}
