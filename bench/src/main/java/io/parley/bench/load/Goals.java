package io.parley.bench.load;

import io.parley.bench.load.report.LoadReport.Goal;
import io.parley.bench.load.report.StepReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Judges a run against the goals of issue 8, on its largest step, and writes the sizing sentence. */
final class Goals {

    static final int TARGET_SESSIONS = 250;
    static final double OVERHEAD_P99_MS = 20;
    static final double BARGE_IN_MARGIN_MS = 60;
    static final double SESSION_MEMORY_BYTES = 2 * 1024 * 1024;

    private Goals() {
    }

    static List<Goal> judge(List<StepReport> steps, int bargeInMinDurationMs, boolean standin) {
        List<Goal> goals = new ArrayList<>();
        if (steps.isEmpty()) {
            return goals;
        }
        StepReport top = steps.stream().max(java.util.Comparator.comparingInt(StepReport::sessions)).orElseThrow();
        String at = " at " + top.sessions() + " sessions";
        if (standin && top.platformOverheadMs() != null && top.platformOverheadMs().count() > 0) {
            boolean enough = top.sessions() >= TARGET_SESSIONS;
            goals.add(new Goal("p99 platform overhead at " + TARGET_SESSIONS + " sessions", "< 20 ms",
                    ms(top.platformOverheadMs().p99()) + at,
                    enough ? top.platformOverheadMs().p99() < OVERHEAD_P99_MS : null));
        } else {
            goals.add(new Goal("p99 platform overhead at " + TARGET_SESSIONS + " sessions", "< 20 ms",
                    "not measured (needs --engines standin)", null));
        }
        long rtpLost = top.rtp() == null ? 0 : top.rtp().packetsLost();
        long badFrames = top.frames().lateSent() + top.frames().droppedSent() + top.frames().streamGaps() + rtpLost;
        goals.add(new Goal("dropped or late frames", "0", top.frames().droppedSent() + " dropped, "
                + top.frames().lateSent() + " sent late, " + top.frames().streamGaps() + " gaps in agent audio"
                + (top.rtp() == null ? "" : ", " + rtpLost + " RTP packets lost") + at,
                badFrames == 0));
        goals.add(new Goal("lost interaction events", "0", top.events().lost() + " of " + top.events().eventsSeen()
                + " seen" + at, top.events().lost() == 0 && top.events().incompleteLogs() == 0));
        double bargeBudget = bargeInMinDurationMs + BARGE_IN_MARGIN_MS;
        var reaction = top.bargeIns().reactionMs();
        goals.add(new Goal("barge-in reaction (p95)", "<= " + ms(bargeBudget) + " (min duration "
                + bargeInMinDurationMs + " ms + 60 ms)", reaction.count() == 0 ? "no barge-in completed"
                : "p50 " + ms(reaction.p50()) + ", p95 " + ms(reaction.p95()) + ", p99 " + ms(reaction.p99())
                + "; " + top.bargeIns().missed() + " of " + top.bargeIns().attempted() + " missed" + at,
                reaction.count() == 0 ? null : reaction.p95() <= bargeBudget && top.bargeIns().missed() == 0));
        double perSession = top.resources().heapPerSessionBytes();
        goals.add(new Goal("memory per live session (heap, after full GC)", "< 2 MB", perSession < 0
                ? "not measured (needs a node on this machine)" : mib(perSession) + at,
                perSession < 0 ? null : perSession < SESSION_MEMORY_BYTES));
        goals.add(new Goal("dead-air gaps over the deployment's timeout", "0", top.deadAir().overTimeout()
                + " (timeout " + top.deadAir().timeoutMs() + " ms)" + at, top.deadAir().overTimeout() == 0));
        goals.add(new Goal("sessions ended abnormally", "0", top.sessionsEnded().abnormal() + " of " + top.sessions()
                + at, top.sessionsEnded().abnormal() == 0));
        return goals;
    }

    /** A paragraph for docs/operations.md's sizing section. */
    static String sizing(List<StepReport> steps, String engines, String transport, int cores) {
        StepReport top = steps.stream().max(java.util.Comparator.comparingInt(StepReport::sessions)).orElse(null);
        if (top == null || top.resources().sessionsPerCore() <= 0) {
            return "No CPU figure: the node's CPU time could not be read.";
        }
        var r = top.resources();
        return String.format(Locale.ROOT, "With %s engines, %d concurrent %s callers used %.2f node cores "
                        + "(%.2f idle; %.1f millicores per live session, %.1f marginal; about %.0f sessions per fully "
                        + "used core, %.0f per core at the 70%% CPU target) with voice-to-voice p95 %s, measured on a "
                        + "%d-core machine shared with the load generator (%.2f cores) and other work (machine busy "
                        + "%.2f cores).%s",
                engines, top.sessions(), "webrtc".equals(transport) ? "WebRTC" : "WebSocket", r.cpuCores(), r.idleCpuCores(), r.cpuCoresPerSession() * 1000,
                r.marginalCpuCoresPerSession() * 1000, r.sessionsPerCore(),
                r.sessionsPerCore() * 0.7, ms(top.voiceToVoiceMs().p95()), cores, r.harnessCpuCores(),
                r.machineCpuCores(), r.heapPerSessionBytes() < 0 ? ""
                        : " Live heap grew by " + mib(r.heapPerSessionBytes()) + " per session.");
    }

    static String ms(double v) {
        return String.format(Locale.ROOT, "%.0f ms", v);
    }

    static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / (1024 * 1024));
    }
}
