package io.parley.voice.settings;

import java.util.List;
import java.util.Objects;

/**
 * The real-time behaviour of one deployment: how speech is detected, when a user turn ends, when the user may
 * interrupt the agent, and how long silence may last. Every numeric field has an allowed range in {@link Setting}.
 *
 * @param vadThreshold                 speech probability above which a frame counts as speech (0..1)
 * @param prefixPaddingMs              audio kept before detected speech start, so the first syllable reaches STT
 * @param silenceToEndTurnMs           trailing silence after which the user's turn ends
 * @param minSpeechMs                  speech shorter than this is not a turn (clicks, coughs)
 * @param maxWaitMs                    hard cap on waiting for end of turn after speech stopped, whatever the hints
 * @param bargeInMinDurationMs         user speech over the agent must last this long to interrupt
 * @param bargeInMinWords              ... and contain at least this many recognised words (0 = duration only)
 * @param backchannelWords             words that never interrupt ("yeah", "mm-hm")
 * @param resumeAfterFalseInterruption resume the agent's reply when an apparent interruption turns out empty
 * @param resumeTimeoutMs              how long to wait for the interruption to prove real before resuming
 * @param deadAirTimeoutMs             silence on the line after which the watchdog speaks a recovery line
 * @param latencyBudgetMs              target voice-to-voice latency; turns over budget are flagged
 * @param pipelineMode                 custom STT-LLM-TTS pipeline or a realtime speech-to-speech model
 */
public record RealtimeSettings(
        double vadThreshold,
        int prefixPaddingMs,
        int silenceToEndTurnMs,
        int minSpeechMs,
        int maxWaitMs,
        int bargeInMinDurationMs,
        int bargeInMinWords,
        List<String> backchannelWords,
        boolean resumeAfterFalseInterruption,
        int resumeTimeoutMs,
        int deadAirTimeoutMs,
        int latencyBudgetMs,
        PipelineMode pipelineMode) {

    public RealtimeSettings {
        backchannelWords = List.copyOf(Objects.requireNonNull(backchannelWords, "backchannelWords"));
        Objects.requireNonNull(pipelineMode, "pipelineMode");
    }

    /** The settings a web deployment starts with. */
    public static RealtimeSettings defaults() {
        return ChannelPreset.WEB.settings();
    }
}
