package io.parley.bench.load.caller;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How one synthetic call went.
 *
 * @param sessionId        null when the node refused or the request failed
 * @param refusedStatus    the HTTP status of a refused {@code POST /v1/sessions} (503, 429), or 0
 * @param failure          what went wrong on the caller's side (null when nothing did)
 * @param closeCode        the socket's close code, -1 if it never closed
 * @param endReason        the {@code session_ended} reason, null if none was seen
 * @param seenSeqs         every event {@code seq} the caller received
 * @param eventCounts      events received by type
 * @param interruptions    {@code interruption} events by outcome and reason, e.g. {@code IGNORED/BACKCHANNEL}
 * @param timelines        the last {@code turn_timeline} of each agent turn
 * @param voiceToVoiceByTurn the caller-side voice-to-voice latencies by the agent turn that answered
 * @param inboundLagsMs    per answered turn, the caller's speech end to the node's {@code user_speech_end} mark
 * @param rtp              the WebRTC transport's statistics at hang-up; null on the WebSocket plane
 */
public record CallerOutcome(int callerId, String sessionId, int refusedStatus, String failure, int closeCode,
                            String endReason, int reconnectsAttempted, int reconnectsResumed, BitSet seenSeqs,
                            Map<String, Integer> eventCounts, Map<String, Integer> interruptions,
                            List<JsonNode> timelines, Map<Long, Double> voiceToVoiceByTurn,
                            List<Double> inboundLagsMs, CallerMeasurements measurements, RtpCounters rtp) {

    /** The caller hung up with {@code end} and the node closed the call normally (1000, after session_ended). */
    public boolean endedCleanly() {
        return sessionId != null && failure == null && closeCode == 1000 && endReason != null;
    }
}
