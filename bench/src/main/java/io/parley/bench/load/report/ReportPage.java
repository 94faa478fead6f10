package io.parley.bench.load.report;

import io.parley.bench.load.measure.LatencySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report as one self-contained HTML page: goals, a table per step, and inline SVG plots. */
public final class ReportPage {

    /** Stages in the order a turn passes them (docs/turn.md), so stacked bars read left to right. */
    static final List<String> STAGE_ORDER = List.of("caller_speech_end->user_speech_end",
            "user_speech_end->end_of_turn", "end_of_turn->stt_final",
            "stt_final->llm_first_token", "llm_first_token->first_sentence", "first_sentence->tts_first_audio",
            "tts_first_audio->first_audio_out", "first_audio_out->client_playback_start");

    private ReportPage() {
    }

    public static String html(LoadReport report) {
        StringBuilder h = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parley load report</title>
                <style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}
                table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}
                th:first-child,td:first-child{text-align:left}.met{color:#187018}.missed{color:#b00020}
                code{background:#f4f4f4;padding:1px 4px}td{white-space:pre-wrap}</style></head><body>
                <h1>Parley load report</h1>
                """);
        h.append("<p>").append(esc(report.startedAt())).append(" to ").append(esc(report.finishedAt()))
                .append("<br>Command: <code>").append(esc(report.command())).append("</code><br>Machine: ")
                .append(report.machine().cores()).append(" cores (").append(esc(report.machine().cpu()))
                .append("), load average ").append(fmt(report.machine().loadAverageBefore())).append(" before, ")
                .append(fmt(report.machine().loadAverageAfter())).append(" after<br>Node: ")
                .append(esc(report.node().mode())).append(" at ").append(esc(report.node().url())).append(", engines ")
                .append(esc(report.node().engines())).append(", callers over ").append(esc(report.node().transport()))
                .append(", faults ").append(esc(report.node().faults().toString()))
                .append("</p>");
        goals(h, report.goals());
        h.append("<h2>Sizing</h2><p>").append(esc(report.sizing())).append("</p>");
        charts(h, report.steps());
        for (StepReport step : report.steps()) {
            step(h, step);
        }
        return h.append("</body></html>\n").toString();
    }

    private static void goals(StringBuilder h, List<LoadReport.Goal> goals) {
        h.append("<h2>Goals</h2><table><tr><th>goal</th><th>target</th><th>measured</th><th>verdict</th></tr>");
        for (LoadReport.Goal g : goals) {
            String verdict = g.met() == null ? "not judged" : g.met() ? "met" : "missed";
            h.append("<tr><td>").append(esc(g.name())).append("</td><td>").append(esc(g.target())).append("</td><td>")
                    .append(esc(g.measured())).append("</td><td class='")
                    .append(g.met() == null ? "" : g.met() ? "met" : "missed").append("'>").append(verdict)
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void charts(StringBuilder h, List<StepReport> steps) {
        List<String> labels = steps.stream().map(s -> s.sessions() + " sessions").toList();
        Map<String, double[]> latency = new LinkedHashMap<>();
        latency.put("p50 voice-to-voice", steps.stream().mapToDouble(s -> s.voiceToVoiceMs().p50()).toArray());
        latency.put("p95 voice-to-voice", steps.stream().mapToDouble(s -> s.voiceToVoiceMs().p95()).toArray());
        latency.put("p99 voice-to-voice", steps.stream().mapToDouble(s -> s.voiceToVoiceMs().p99()).toArray());
        if (steps.stream().allMatch(s -> s.platformOverheadMs() != null)) {
            latency.put("p99 platform overhead",
                    steps.stream().mapToDouble(s -> s.platformOverheadMs().p99()).toArray());
        }
        latency.put("p95 barge-in reaction", steps.stream().mapToDouble(s -> s.bargeIns().reactionMs().p95()).toArray());
        h.append("<h2>Plots</h2>").append(SvgChart.lines("Latency vs concurrency (caller side)", labels, latency, "ms"));
        // Only the chain a healthy turn passes; gaps that skip marks (a fallback turn) would be counted twice.
        List<String> stages = STAGE_ORDER;
        double[][] values = new double[steps.size()][stages.size()];
        for (int r = 0; r < steps.size(); r++) {
            for (int s = 0; s < stages.size(); s++) {
                LatencySummary summary = steps.get(r).stagesMs().get(stages.get(s));
                values[r][s] = summary == null ? 0 : summary.p50();
            }
        }
        h.append(SvgChart.stacked("Per-stage breakdown, p50 of each stage (node's turn_timeline)", labels, stages,
                values, "ms"));
        h.append(SvgChart.bars("Node CPU per live session", labels,
                steps.stream().mapToDouble(s -> s.resources().cpuCoresPerSession() * 1000).toArray(),
                "millicores"));
    }

    private static void step(StringBuilder h, StepReport s) {
        h.append("<h2>").append(s.sessions()).append(" concurrent callers</h2><p>ramp-up ").append(s.rampUpSeconds())
                .append(" s, ").append(s.durationSeconds()).append(" s of talking; ").append(s.callersStarted())
                .append(" sessions opened, ").append(s.refused()).append(" refused, ").append(s.turns())
                .append(" answered turns</p><table><tr><th>latency (ms)</th><th>n</th><th>p50</th><th>p95</th>"
                        + "<th>p99</th><th>max</th></tr>");
        row(h, "voice-to-voice (caller side)", s.voiceToVoiceMs());
        if (s.platformOverheadMs() != null) {
            row(h, "platform overhead", s.platformOverheadMs());
        }
        row(h, "voice-to-voice (node's timeline)", s.serverVoiceToVoiceMs());
        List<String> stages = new ArrayList<>(STAGE_ORDER);
        s.stagesMs().keySet().stream().filter(k -> !stages.contains(k)).forEach(stages::add);
        for (String stage : stages) {
            if (s.stagesMs().containsKey(stage)) {
                row(h, "stage " + stage, s.stagesMs().get(stage));
            }
        }
        row(h, "barge-in reaction", s.bargeIns().reactionMs());
        row(h, "dead-air gaps", s.deadAir().gapsMs());
        row(h, "gaps in agent audio", s.frames().streamGapMs());
        h.append("</table><table><tr><th>count</th><th>value</th></tr>");
        kv(h, "barge-ins attempted / missed / talked over", s.bargeIns().attempted() + " / " + s.bargeIns().missed()
                + " / " + s.bargeIns().talkedOver());
        kv(h, "interruption events", s.bargeIns().outcomes().toString());
        kv(h, "dead-air gaps over " + s.deadAir().timeoutMs() + " ms / turns with no reply",
                s.deadAir().overTimeout() + " / " + s.deadAir().noReply());
        kv(h, "frames sent / late / dropped (max lateness)", s.frames().sent() + " / " + s.frames().lateSent() + " / "
                + s.frames().droppedSent() + " (" + fmt(s.frames().maxSendLatenessMs()) + " ms)");
        kv(h, "agent audio chunks received / gaps", s.frames().received() + " / " + s.frames().streamGaps());
        if (s.rtp() != null) {
            StepReport.Rtp rtp = s.rtp();
            kv(h, "WebRTC packets: caller voice sent / lost; agent voice received / lost", rtp.packetsSent() + " / "
                    + rtp.lostOnTheWayIn() + "; " + rtp.packetsReceived() + " / " + rtp.lostOnTheWayOut());
            kv(h, "WebRTC agent audio concealed; jitter buffer p50/p95; RTT p50", fmt(rtp.concealedPercent()) + " %; "
                    + fmt(rtp.jitterBufferMs().p50()) + " / " + fmt(rtp.jitterBufferMs().p95()) + " ms; "
                    + fmt(rtp.roundTripMs().p50()) + " ms");
        }
        kv(h, "events seen / stored / lost / incomplete logs", s.events().eventsSeen() + " / "
                + s.events().eventsStored() + " / " + s.events().lost() + " / " + s.events().incompleteLogs());
        kv(h, "stored session outcomes", s.events().outcomes().toString());
        kv(h, "ended cleanly / abnormally", s.sessionsEnded().endedCleanly() + " / " + s.sessionsEnded().abnormal()
                + " " + s.sessionsEnded().problems());
        kv(h, "reconnects attempted / resumed", s.reconnects().attempted() + " / " + s.reconnects().resumed());
        kv(h, "engine errors, fallbacks, protocol errors", s.serverEvents().toString());
        StepReport.Resources r = s.resources();
        kv(h, "node CPU idle / under load (cores)", fmt(r.idleCpuCores()) + " / " + fmt(r.cpuCores()));
        kv(h, "node CPU per session, total / marginal (millicores); sessions per core",
                fmt(r.cpuCoresPerSession() * 1000) + " / " + fmt(r.marginalCpuCoresPerSession() * 1000) + "; "
                        + fmt(r.sessionsPerCore()));
        kv(h, "live heap per session / RSS per session", mb(r.heapPerSessionBytes()) + " / " + mb(r.rssPerSessionBytes()));
        kv(h, "harness CPU / whole machine busy (cores)", fmt(r.harnessCpuCores()) + " / " + fmt(r.machineCpuCores()));
        if (!r.heapTopClasses().isEmpty()) {
            kv(h, "largest on the node's heap under load", String.join("\n", r.heapTopClasses()));
        }
        for (StepReport.FaultRecord f : s.faults()) {
            kv(h, "fault at " + fmt(f.atS()) + " s: " + f.kind(), f.detail());
        }
        h.append("</table>");
    }

    private static void row(StringBuilder h, String name, LatencySummary s) {
        h.append("<tr><td>").append(esc(name)).append("</td><td>").append(s.count()).append("</td><td>")
                .append(fmt(s.p50())).append("</td><td>").append(fmt(s.p95())).append("</td><td>").append(fmt(s.p99()))
                .append("</td><td>").append(fmt(s.max())).append("</td></tr>");
    }

    private static void kv(StringBuilder h, String name, String value) {
        h.append("<tr><td>").append(esc(name)).append("</td><td>").append(esc(value)).append("</td></tr>");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String mb(double bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f MB", bytes / (1024 * 1024));
    }

    private static String esc(String s) {
        return SvgChart.esc(s == null ? "" : s);
    }
}
