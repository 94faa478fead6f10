package io.parley.bench.load.report;

import io.parley.bench.load.measure.EventAudit;
import io.parley.bench.load.measure.LatencySummary;
import io.parley.bench.load.node.Tenancy;
import java.util.List;
import java.util.Map;

/** Reports with known figures, for the tests of what is computed from them and how they are written. */
public final class SampleReports {

    private SampleReports() {
    }

    public static StepReport step(int sessions, double v2vP95) {
        LatencySummary v2v = new LatencySummary(40, 900, v2vP95, v2vP95 + 50, v2vP95 + 80, 950);
        return new StepReport(sessions, 10, 60, sessions, 0, 40, v2v, new LatencySummary(40, 8, 14, 19, 25, 9),
                v2v, Map.of("stt_final->llm_first_token", new LatencySummary(40, 330, 345, 350, 360, 333),
                        "user_speech_end->end_of_turn", new LatencySummary(40, 500, 500, 520, 540, 505)),
                new StepReport.BargeIns(new LatencySummary(10, 340, 352, 358, 360, 345), 10, 0, 0,
                        Map.of("IGNORED/too short", 10, "INTERRUPTED/speech", 10)),
                new StepReport.DeadAir(v2v, 7000, 0, 0),
                new StepReport.Frames(30_000, 2, 0, 31.5, 20_000, 0, LatencySummary.EMPTY),
                new EventAudit.Result(500, 500, 0, 0, Map.of("COMPLETED/client_ended", sessions), List.of()),
                new StepReport.Sessions(sessions, 0, Map.of()), new StepReport.Reconnects(1, 1),
                new StepReport.Resources(sessions, 0.05, 0.5, 0.5 / sessions, 0.45 / sessions, sessions / 0.5,
                        100L << 20, 110L << 20,
                        1_048_576.0 / sessions * 10, 900L << 20, 950L << 20, 5_000_000.0, 0.3, 1.9, List.of(),
                        List.of(new StepReport.Sample(2, sessions, sessions, 0.5, 110L << 20, 950L << 20))),
                Map.of("fallback/stt->pocketsphinx", 1),
                List.of(new StepReport.FaultRecord("postgres-stopped", 20, "PostgreSQL stopped (fast shutdown)")),
                null);
    }

    public static LoadReport report() {
        return new LoadReport("2026-11-22T09:00:00Z", "2026-11-22T09:05:00Z", "scripts/load --steps 1,10",
                new LoadReport.Machine(2, "test cpu", 3.5, 4.0),
                new LoadReport.Node("launched", "http://127.0.0.1:1", "standin", "2g",
                        new Tenancy.DeploymentSettings(500, 300, 0, 7000, 1200), List.of("postgres"), "websocket"),
                Map.of("llmFirstToken", 310), List.of(step(1, 1000), step(10, 1100)),
                List.of(new LoadReport.Goal("lost interaction events", "0", "0 of 500 seen", true)),
                "With standin engines, 10 concurrent WebSocket callers used 0.50 node cores.");
    }

}
