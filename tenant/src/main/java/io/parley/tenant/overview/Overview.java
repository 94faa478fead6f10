package io.parley.tenant.overview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One deployment's figures over a window: the totals and one entry per bucket, oldest first, empty ones included. */
public record Overview(UUID deploymentId, Instant from, Instant to, int bucketMinutes, long latencyBudgetMs,
                       Stats totals, List<Bucket> buckets) {

    /** Latency percentiles in milliseconds; absent (null) when there was nothing to measure. */
    public record Percentiles(double p50, double p95) {
    }

    /**
     * @param stagesMs per stage of the turn timeline ("user_speech_end->end_of_turn", ...), the percentiles of its
     *                 duration; the stages of one turn add up to its voice-to-voice time
     */
    public record Stats(long sessions, long turns, long interruptions, long errors, long refusedSessions,
                        Percentiles voiceToVoiceMs, Map<String, Percentiles> stagesMs) {
    }

    public record Bucket(Instant start, long sessions, long turns, long interruptions, long errors,
                         long refusedSessions, Percentiles voiceToVoiceMs, Map<String, Percentiles> stagesMs) {
    }
}
