package io.parley.bench.load.caller;

import io.parley.bench.load.node.JsonHttp;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * What one caller keeps of the node's events, to compare with the interaction log and the node's timelines: every
 * {@code seq} seen, events by type, interruptions by outcome, each turn's latest {@code turn_timeline}, and which
 * turn each measured voice-to-voice latency belongs to. Not thread-safe: the caller serialises every call.
 */
final class CallRecord {

    private final BitSet seenSeqs = new BitSet();
    private final Map<String, Integer> eventCounts = new TreeMap<>();
    private final Map<String, Integer> interruptions = new TreeMap<>();
    private final Map<Long, JsonNode> timelines = new HashMap<>();
    private final Map<Long, Double> voiceToVoiceByTurn = new HashMap<>();
    private final Map<Long, Long> speechEndByTurn = new HashMap<>();
    /** The node's call start on this caller's clock, from session_started's atMs; 0 until known. */
    private long nodeOriginNanos;
    private long lastTurnId = -1;
    private String endReason;

    /** Notes an event received at {@code now}; returns its type. */
    String event(long now, JsonNode event) {
        String type = event.path("type").asString("");
        if (event.has("seq")) {
            seenSeqs.set(event.path("seq").asInt());
        }
        switch (type) {
            case "session_started" -> {
                if (nodeOriginNanos == 0) {
                    nodeOriginNanos = now - (long) (event.path("atMs").asDouble(0) * 1e6);
                }
            }
            case "interruption" -> interruptions.merge(event.path("outcome").asString() + "/"
                    + firstClause(event.path("reason").asString()), 1, Integer::sum);
            case "agent_text_generated" -> lastTurnId = event.path("turnId").asLong(-1);
            case "turn_timeline" -> timelines.put(event.path("turnId").asLong(), event);
            case "session_ended" -> endReason = event.path("reason").asString();
            default -> { }
        }
        if (type.equals("fallback") || type.equals("engine_error")) {
            eventCounts.merge(type + "/" + event.path("stage").asString()
                    + (event.has("to") ? "->" + event.path("to").asString() : ""), 1, Integer::sum);
        } else {
            eventCounts.merge(type, 1, Integer::sum);
        }
        return type;
    }

    /** The agent turn whose text came last, -1 before any: a reply's text precedes its audio. */
    long lastTurnId() {
        return lastTurnId;
    }

    /** The latest turn was heard {@code voiceToVoiceMs} after the caller's speech ended, at {@code now}. */
    void answered(long now, double voiceToVoiceMs) {
        if (lastTurnId >= 0) {
            voiceToVoiceByTurn.put(lastTurnId, voiceToVoiceMs);
            speechEndByTurn.put(lastTurnId, now - (long) (voiceToVoiceMs * 1e6));
        }
    }

    String endReason() {
        return endReason;
    }

    /** The call's outcome, with what this record kept. */
    CallerOutcome outcome(int callerId, String sessionId, int refusedStatus, String failure, int closeCode,
                          int reconnectsAttempted, int reconnectsResumed, CallerMeasurements measurements,
                          RtpCounters rtp) {
        return new CallerOutcome(callerId, sessionId, refusedStatus, failure, closeCode, endReason,
                reconnectsAttempted, reconnectsResumed, (BitSet) seenSeqs.clone(), Map.copyOf(eventCounts),
                Map.copyOf(interruptions), List.copyOf(timelines.values()), Map.copyOf(voiceToVoiceByTurn),
                inboundLags(), measurements, rtp);
    }

    /**
     * For each answered turn, from the end of the caller's speech to the node's {@code user_speech_end} mark:
     * transport in, frame handling and the VAD noticing the silence. The node writes timeline marks on its monotonic
     * clock ({@code System.nanoTime}, CLOCK_MONOTONIC on Linux: the same clock as this caller's on one machine) or,
     * if they are smaller than the call's age, relative to the call's start (placed on this caller's clock by
     * session_started). Lags outside -0.5..30 s mean the clocks are not comparable (a node on another machine) and
     * are left out.
     */
    private List<Double> inboundLags() {
        List<Double> lags = new ArrayList<>();
        long now = System.nanoTime();
        speechEndByTurn.forEach((turnId, speechEnd) -> {
            JsonNode mark = timelines.getOrDefault(turnId, JsonHttp.JSON.createObjectNode()).path("marksMs")
                    .path("user_speech_end");
            if (!mark.isNumber() || nodeOriginNanos == 0) {
                return;
            }
            double markNanos = mark.asDouble() * 1e6;
            boolean monotonic = markNanos > now - nodeOriginNanos + 60e9;
            double lagMs = ((monotonic ? 0 : nodeOriginNanos) + markNanos - speechEnd) / 1e6;
            if (lagMs >= -500 && lagMs <= 30_000) {
                lags.add(lagMs);
            }
        });
        return lags;
    }

    /** "noise, 840 ms" -> "noise": reasons carry measurements that would split the counts. */
    static String firstClause(String reason) {
        int comma = reason.indexOf(',');
        return comma < 0 ? reason : reason.substring(0, comma);
    }
}
