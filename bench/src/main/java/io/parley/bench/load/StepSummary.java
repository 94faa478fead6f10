package io.parley.bench.load;

import io.parley.bench.load.caller.CallerMeasurements;
import io.parley.bench.load.caller.CallerOutcome;
import io.parley.bench.load.caller.RtpCounters;
import io.parley.bench.load.measure.EventAudit;
import io.parley.bench.load.measure.LatencySummary;
import io.parley.bench.load.node.Tenancy;
import io.parley.bench.load.report.StepReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Adds up what every caller of a step measured into the step's report. */
final class StepSummary {

    /** Not a mark of the node's timeline: the caller's speech end to the node's user_speech_end (see the caller). */
    static final String INBOUND = "caller_speech_end->user_speech_end";

    private final LoadOptions options;
    private final Tenancy tenancy;
    private final int sessions;

    StepSummary(LoadOptions options, Tenancy tenancy, int sessions) {
        this.options = options;
        this.tenancy = tenancy;
        this.sessions = sessions;
    }

    StepReport summarize(List<CallerOutcome> calls, EventAudit.Result audit, StepReport.Resources resources,
                         List<StepReport.FaultRecord> faults) {
        List<Double> v2v = new ArrayList<>();
        List<Double> reactions = new ArrayList<>();
        List<Double> deadAir = new ArrayList<>();
        List<Double> streamGaps = new ArrayList<>();
        List<Double> serverV2v = new ArrayList<>();
        Map<String, List<Double>> stages = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> serverEvents = new TreeMap<>();
        Map<String, Integer> problems = new TreeMap<>();
        int attempted = 0;
        int missed = 0;
        int talkedOver = 0;
        int noReply = 0;
        long sent = 0;
        long late = 0;
        long dropped = 0;
        long received = 0;
        double maxLateness = 0;
        int refused = 0;
        int started = 0;
        int clean = 0;
        int reconnects = 0;
        int resumed = 0;
        for (CallerOutcome call : calls) {
            CallerMeasurements m = call.measurements();
            v2v.addAll(m.voiceToVoiceMs());
            reactions.addAll(m.bargeInReactionMs());
            deadAir.addAll(m.deadAirGapsMs());
            streamGaps.addAll(m.streamGapsMs());
            attempted += m.bargeInsAttempted();
            missed += m.bargeInsMissed();
            talkedOver += m.talkedOver();
            noReply += m.noReply();
            sent += m.framesSent();
            late += m.framesLateSent();
            dropped += m.framesDropped();
            received += m.chunksReceived();
            maxLateness = Math.max(maxLateness, m.maxSendLatenessMs());
            refused += call.refusedStatus() > 0 ? 1 : 0;
            started += call.sessionId() != null ? 1 : 0;
            reconnects += call.reconnectsAttempted();
            resumed += call.reconnectsResumed();
            call.interruptions().forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
            call.eventCounts().forEach((type, n) -> {
                if (type.startsWith("engine_error") || type.startsWith("fallback") || type.equals("error")) {
                    serverEvents.merge(type, n, Integer::sum);
                }
            });
            stages.computeIfAbsent(INBOUND, k -> new ArrayList<>()).addAll(call.inboundLagsMs());
            for (JsonNode timeline : call.timelines()) {
                double server = timeline.path("voiceToVoiceMs").asDouble(-1);
                if (server >= 0) {
                    serverV2v.add(server);
                }
                for (var gap : timeline.path("gapsMs").properties()) {
                    stages.computeIfAbsent(gap.getKey(), k -> new ArrayList<>()).add(gap.getValue().asDouble());
                }
            }
            if (call.endedCleanly()) {
                clean++;
            } else {
                problems.merge(problem(call), 1, Integer::sum);
            }
        }
        int timeout = tenancy.settings().deadAirTimeoutMs();
        int overTimeout = (int) deadAir.stream().filter(g -> g >= timeout).count();
        Map<String, LatencySummary> stageSummaries = new TreeMap<>();
        stages.forEach((k, v) -> stageSummaries.put(k, LatencySummary.of(v)));
        return new StepReport(sessions, options.rampUpSeconds(), options.durationSeconds(), started, refused,
                v2v.size(), LatencySummary.of(v2v), overhead(calls), LatencySummary.of(serverV2v), stageSummaries,
                new StepReport.BargeIns(LatencySummary.of(reactions), attempted, missed, talkedOver, outcomes),
                new StepReport.DeadAir(LatencySummary.of(deadAir), timeout, overTimeout, noReply),
                new StepReport.Frames(sent, late, dropped, maxLateness, received, streamGaps.size(),
                        LatencySummary.of(streamGaps)),
                audit, new StepReport.Sessions(clean, calls.size() - clean, problems),
                new StepReport.Reconnects(reconnects, resumed), resources, serverEvents, faults, rtp(calls));
    }

    /**
     * Platform overhead per answered turn: the caller's voice-to-voice minus the node's end-of-turn wait (the
     * deployment's turn-taking policy, from the turn's timeline) minus the stand-in engines' mean times that fall
     * after the end of turn. Null unless the engines are stand-ins with known times.
     */
    private LatencySummary overhead(List<CallerOutcome> calls) {
        Map<String, Integer> basis = overheadBasisMs(options, tenancy);
        if (basis == null) {
            return null;
        }
        List<Double> overheads = new ArrayList<>();
        for (CallerOutcome call : calls) {
            Map<Long, JsonNode> byTurn = new java.util.HashMap<>();
            call.timelines().forEach(t -> byTurn.put(t.path("turnId").asLong(), t));
            call.voiceToVoiceByTurn().forEach((turnId, v2v) -> {
                JsonNode endOfTurn = byTurn.getOrDefault(turnId, MISSING).path("gapsMs")
                        .path("user_speech_end->end_of_turn");
                if (endOfTurn.isNumber()) {
                    overheads.add(v2v - endOfTurn.asDouble() - engineMsAfterEndOfTurn(basis, endOfTurn.asDouble()));
                }
            });
        }
        return LatencySummary.of(overheads);
    }

    private static final JsonNode MISSING = tools.jackson.databind.node.MissingNode.getInstance();

    /**
     * Engine time a caller waits for after the end of turn: the STT final (due {@code endpointing + final latency}
     * after speech end, so partly or wholly hidden by the end-of-turn wait), the LLM's first token and first
     * sentence, and the TTS's first audio.
     */
    static double engineMsAfterEndOfTurn(Map<String, Integer> basis, double endOfTurnMs) {
        double sttAfter = Math.max(0, basis.get("sttEndpointing") + basis.get("sttFinal") - endOfTurnMs);
        return sttAfter + basis.get("llmFirstToken") + basis.get("llmFirstSentence") + basis.get("ttsFirstAudio");
    }

    /** The stand-in engines' mean times (base + half the jitter) the overhead figure subtracts. */
    static Map<String, Integer> overheadBasisMs(LoadOptions options, Tenancy tenancy) {
        if (!"standin".equals(options.engines()) || options.target() != null) {
            return null;
        }
        int halfJitter = options.jitterMs() / 2;
        Map<String, Integer> basis = new java.util.LinkedHashMap<>();
        // The node's Deepgram endpointing (parley.engines.deepgram.endpointing, default 300 ms): the stand-in sends
        // its final that long after speech ends, plus its final latency.
        basis.put("sttEndpointing", 300);
        basis.put("sttFinal", options.engineMs().get("stt") + halfJitter);
        basis.put("llmFirstToken", options.engineMs().get("llm") + halfJitter);
        // The stand-in LLM's replies open with a one-word sentence ("Sure."), complete one token (25 ms) later.
        basis.put("llmFirstSentence", 25);
        basis.put("ttsFirstAudio", options.engineMs().get("tts") + halfJitter);
        return basis;
    }

    /** The WebRTC callers' transport statistics added up; null when no caller had any (the WebSocket plane). */
    static StepReport.Rtp rtp(List<CallerOutcome> calls) {
        List<RtpCounters> all = calls.stream().map(CallerOutcome::rtp).filter(java.util.Objects::nonNull).toList();
        if (all.isEmpty()) {
            return null;
        }
        long samples = all.stream().mapToLong(RtpCounters::totalSamplesReceived).sum();
        long concealed = all.stream().mapToLong(RtpCounters::concealedSamples).sum();
        return new StepReport.Rtp(all.size(), all.stream().mapToLong(RtpCounters::packetsSent).sum(),
                all.stream().mapToLong(RtpCounters::packetsLostOutbound).sum(),
                all.stream().mapToLong(RtpCounters::packetsReceived).sum(),
                all.stream().mapToLong(RtpCounters::packetsLostInbound).sum(),
                samples == 0 ? 0 : 100.0 * concealed / samples,
                LatencySummary.of(all.stream().map(RtpCounters::jitterBufferDelayMs).filter(ms -> ms >= 0).toList()),
                LatencySummary.of(all.stream().map(RtpCounters::roundTripMs).filter(ms -> ms >= 0).toList()));
    }

    private static String problem(CallerOutcome call) {
        if (call.refusedStatus() > 0) {
            return "refused " + call.refusedStatus();
        }
        if (call.failure() != null) {
            String f = call.failure();
            int colon = f.indexOf(':');
            return colon > 0 ? f.substring(0, colon) : f;
        }
        return "close " + call.closeCode() + " / " + call.endReason();
    }
}
