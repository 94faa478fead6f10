package io.parley.tenant.deployment;

import io.parley.voice.settings.PipelineMode;
import io.parley.voice.settings.RealtimeSettings;
import java.util.List;

/**
 * Real-time settings as submitted: every field optional. On create, missing fields come from the channel preset;
 * on update, from the deployment's current values.
 */
public record SettingsPatch(
        Double vadThreshold,
        Integer prefixPaddingMs,
        Integer silenceToEndTurnMs,
        Integer minSpeechMs,
        Integer maxWaitMs,
        Integer bargeInMinDurationMs,
        Integer bargeInMinWords,
        List<String> backchannelWords,
        Boolean resumeAfterFalseInterruption,
        Integer resumeTimeoutMs,
        Integer deadAirTimeoutMs,
        Integer latencyBudgetMs,
        PipelineMode pipelineMode) {

    public static SettingsPatch none() {
        return new SettingsPatch(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    RealtimeSettings applyTo(RealtimeSettings base) {
        return new RealtimeSettings(
                or(vadThreshold, base.vadThreshold()),
                or(prefixPaddingMs, base.prefixPaddingMs()),
                or(silenceToEndTurnMs, base.silenceToEndTurnMs()),
                or(minSpeechMs, base.minSpeechMs()),
                or(maxWaitMs, base.maxWaitMs()),
                or(bargeInMinDurationMs, base.bargeInMinDurationMs()),
                or(bargeInMinWords, base.bargeInMinWords()),
                backchannelWords == null ? base.backchannelWords() : backchannelWords.stream()
                        .map(w -> w == null ? "" : w.strip().toLowerCase(java.util.Locale.ROOT)).distinct().toList(),
                or(resumeAfterFalseInterruption, base.resumeAfterFalseInterruption()),
                or(resumeTimeoutMs, base.resumeTimeoutMs()),
                or(deadAirTimeoutMs, base.deadAirTimeoutMs()),
                or(latencyBudgetMs, base.latencyBudgetMs()),
                or(pipelineMode, base.pipelineMode()));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
