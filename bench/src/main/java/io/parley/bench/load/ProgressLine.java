package io.parley.bench.load;

import io.parley.bench.load.caller.CallerMeasurements;
import io.parley.bench.load.caller.SyntheticCaller;
import io.parley.bench.load.measure.LatencySummary;
import io.parley.bench.load.measure.NodeResources;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The line the harness prints every two seconds: who is on the line, how many turns, p95 so far, trouble so far. */
final class ProgressLine {

    private final PrintStream out;
    private final int sessions;
    private final List<SyntheticCaller> callers;
    private final long origin;
    private NodeResources.Reading node;
    private double cpuCores = -1;

    ProgressLine(PrintStream out, int sessions, List<SyntheticCaller> callers, long origin) {
        this.out = out;
        this.sessions = sessions;
        this.callers = callers;
        this.origin = origin;
    }

    void nodeReading(NodeResources.Reading reading, double cores) {
        this.node = reading;
        this.cpuCores = cores;
    }

    int callersLive() {
        int live = 0;
        for (SyntheticCaller c : callers) {
            live += c.live() ? 1 : 0;
        }
        return live;
    }

    void print(boolean last) {
        List<Double> v2v = new ArrayList<>();
        int bargeIns = 0;
        long late = 0;
        int gaps = 0;
        for (SyntheticCaller c : callers) {
            CallerMeasurements m = c.measurementsSoFar();
            v2v.addAll(m.voiceToVoiceMs());
            bargeIns += m.bargeInReactionMs().size();
            late += m.framesLateSent() + m.framesDropped();
            gaps += m.streamGapsMs().size();
        }
        LatencySummary s = LatencySummary.of(v2v);
        out.printf("[%5.0fs] %d callers: %d live/%d joined | turns %d | voice-to-voice p50 %.0f p95 %.0f ms | "
                        + "barge-ins %d | late/dropped frames %d | stream gaps %d | node %s cores, %s sessions%s%n",
                (System.nanoTime() - origin) / 1e9, sessions, callersLive(), callers.size(), s.count(), s.p50(),
                s.p95(), bargeIns, late, gaps, cpuCores < 0 ? "?" : String.format("%.2f", cpuCores),
                node == null || node.liveSessions() < 0 ? "?" : Integer.toString(node.liveSessions()),
                last ? " (done)" : "");
        out.flush();
    }
}
