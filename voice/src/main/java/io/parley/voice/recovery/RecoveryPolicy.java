package io.parley.voice.recovery;

import io.parley.voice.settings.RealtimeSettings;

/**
 * Everything a session does to keep a call alive when an engine misbehaves: per-stage deadlines and retries,
 * the spoken lines it falls back on, and what counts as a transcript not worth answering.
 *
 * @param llm              first-token (and between-token) deadline, retries and backoff of the language model
 * @param tts              first-audio deadline per sentence, retries before the fallback voice
 * @param sttFinalMs       time allowed for the final transcript after the turn ended
 * @param watchdogMs       silence after the caller's turn before the watchdog speaks; below the dead-air timeout
 *                         so the line is heard in time
 * @param minConfidence    final transcripts below this confidence are treated as not understood
 * @param lines            what the agent says while recovering
 */
public record RecoveryPolicy(RetryPolicy llm, RetryPolicy tts, long sttFinalMs, long watchdogMs,
                             double minConfidence, RecoveryLines lines) {

    /**
     * Below this a final transcript is not worth answering. Offline recognisers report low confidences even for
     * words they got right (pocketsphinx gives 0.2 to 0.4 for clear speech), so the gate only drops the near-zero
     * ones that are noise taken for words.
     */
    public static final double MIN_CONFIDENCE = 0.1;

    /**
     * Deadlines derived from the deployment's dead-air timeout so that a stage failing as late as allowed
     * still leaves room for a spoken line before the caller hears dead air.
     */
    public static RecoveryPolicy forSettings(RealtimeSettings settings) {
        long deadAir = settings.deadAirTimeoutMs();
        long llmDeadline = Math.clamp(deadAir / 4, 500, 4000);
        long ttsDeadline = Math.clamp(deadAir / 8, 250, 1500);
        // Offline recognisers need a moment for the final pass over a long utterance.
        long sttFinal = Math.clamp(deadAir * 2 / 7, 300, 2500);
        long watchdog = Math.max(deadAir / 2, deadAir - 2 * ttsDeadline - 500);
        return new RecoveryPolicy(new RetryPolicy(llmDeadline, 1, 250), new RetryPolicy(ttsDeadline, 1, 100),
                sttFinal, watchdog, MIN_CONFIDENCE, RecoveryLines.english());
    }
}
