package io.parley.bench.load;

import io.parley.bench.load.node.PostgresServer;
import io.parley.bench.load.report.StepReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The faults a step injects at planned instants of its plateau: PostgreSQL stopped and started again. Callers that
 * drop and come back are planned by the callers themselves; engine faults are the stand-ins' own, on a share of
 * requests throughout the run ({@link StandIns}).
 */
final class Faults {

    /** Something that happens at an instant and is recorded in the report. */
    private record Planned(long at, String kind, String detail, Runnable action) {
    }

    private final LoadOptions options;
    private final PostgresServer postgres;
    private final List<Planned> planned = new ArrayList<>();
    private final java.util.concurrent.ExecutorService serial =
            java.util.concurrent.Executors.newSingleThreadExecutor(Thread.ofVirtual().name("load-fault").factory());
    private List<StepReport.FaultRecord> log;
    private long origin;

    Faults(LoadOptions options, PostgresServer postgres) {
        this.options = options;
        this.postgres = postgres;
    }

    void plan(long t0, long plateauStart, long hangUpAt, List<StepReport.FaultRecord> faultLog) {
        planned.clear();
        log = faultLog;
        origin = t0;
        long plateau = hangUpAt - plateauStart;
        if (options.faults().contains("postgres") && postgres != null) {
            long stopAt = plateauStart + plateau * 3 / 10;
            long restartAt = Math.min(stopAt + TimeUnit.SECONDS.toNanos(options.postgresDownSeconds()),
                    plateauStart + plateau * 8 / 10);
            planned.add(new Planned(stopAt, "postgres-stopped", "PostgreSQL stopped (fast shutdown)",
                    () -> background(() -> postgres.stop())));
            planned.add(new Planned(restartAt, "postgres-restarted", "PostgreSQL started again",
                    () -> background(() -> postgres.restart())));
        }
        planned.sort(java.util.Comparator.comparingLong(Planned::at));
    }

    void poll(long now) {
        while (!planned.isEmpty() && planned.getFirst().at() <= now) {
            Planned p = planned.removeFirst();
            log.add(new StepReport.FaultRecord(p.kind(), (now - origin) / 1e9, p.detail()));
            p.action().run();
        }
    }

    /** Undoes what is still in effect when the step ends early (a database left stopped); one Faults per step. */
    void finish(List<StepReport.FaultRecord> faultLog) {
        for (Planned p : planned) {
            if (p.kind().equals("postgres-restarted")) {
                faultLog.add(new StepReport.FaultRecord(p.kind(), (System.nanoTime() - origin) / 1e9,
                        p.detail() + " (at step end)"));
                p.action().run();
            }
        }
        planned.clear();
        serial.close(); // waits for a database restart still under way
    }

    private interface IoAction {
        void run() throws Exception;
    }

    private void background(IoAction action) {
        // One after another: a restart must not race the stop before it.
        serial.execute(() -> {
            try {
                action.run();
            } catch (Exception e) {
                log.add(new StepReport.FaultRecord("fault-failed", (System.nanoTime() - origin) / 1e9, e.toString()));
            }
        });
    }
}
