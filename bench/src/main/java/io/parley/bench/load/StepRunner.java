package io.parley.bench.load;

import io.parley.bench.load.caller.CallerMeter;
import io.parley.bench.load.caller.CallerOutcome;
import io.parley.bench.load.caller.CallerScript;
import io.parley.bench.load.caller.SyntheticCaller;
import io.parley.bench.load.measure.EventAudit;
import io.parley.bench.load.measure.NodeResources;
import io.parley.bench.load.node.NodeUnderTest;
import io.parley.bench.load.node.Tenancy;
import io.parley.bench.load.report.StepReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One step of a run: N callers join over the ramp-up, talk for the duration, hang up; meanwhile the node's resources
 * are sampled every two seconds, a progress line is printed, and the planned faults happen. Afterwards the
 * interaction logs are audited and everything is summed up in a {@link StepReport}.
 */
final class StepRunner {

    static final Duration SAMPLE_EVERY = Duration.ofSeconds(2);
    /** Callers still on the line this long after their hang-up time are cut. */
    static final Duration HANG_UP_GRACE = Duration.ofSeconds(60);

    private final LoadOptions options;
    private final NodeUnderTest node;
    private final Tenancy tenancy;
    private final SyntheticCaller.Line line;
    private final CallerScript script;
    private final NodeResources resources;
    private final PrintStream progress;

    StepRunner(LoadOptions options, NodeUnderTest node, Tenancy tenancy, SyntheticCaller.Line line,
               CallerScript script, NodeResources resources, PrintStream progress) {
        this.options = options;
        this.node = node;
        this.tenancy = tenancy;
        this.line = line;
        this.script = script;
        this.resources = resources;
        this.progress = progress;
    }

    StepReport run(int sessions, Faults faults, List<StepReport.FaultRecord> standingFaults)
            throws InterruptedException {
        awaitIdleNode();
        resources.collectGarbage();
        NodeResources.Reading baseline = resources.read();
        double idleCores = ResourceWindow.idleCores(resources, 5);
        ResourceWindow window = new ResourceWindow(resources);
        long t0 = System.nanoTime();
        long rampNanos = TimeUnit.SECONDS.toNanos(options.rampUpSeconds());
        long plateauStart = t0 + rampNanos;
        long hangUpAt = plateauStart + TimeUnit.SECONDS.toNanos(options.durationSeconds());
        int reconnectEvery = options.faults().contains("reconnect") && options.reconnectShare() > 0
                ? Math.max(1, (int) Math.round(1 / options.reconnectShare())) : 0;

        List<SyntheticCaller> callers = new CopyOnWriteArrayList<>();
        List<CompletableFuture<CallerOutcome>> outcomes = new ArrayList<>();
        List<StepReport.FaultRecord> faultLog = new CopyOnWriteArrayList<>(standingFaults);
        faults.plan(t0, plateauStart, hangUpAt, faultLog);
        ProgressLine line = new ProgressLine(progress, sessions, callers, t0);
        long nextSample = t0;
        NodeResources.Reading loaded = null;
        List<String> heapTop = List.of();
        boolean memoryMeasured = false;
        for (int i = 0; i < sessions; i++) {
            long joinAt = t0 + (sessions == 1 ? 0 : rampNanos * i / sessions);
            while (System.nanoTime() < joinAt) {
                nextSample = sample(window, line, nextSample, t0);
                TimeUnit.MILLISECONDS.sleep(Math.max(1, Math.min(50, (joinAt - System.nanoTime()) / 1_000_000)));
            }
            SyntheticCaller caller = new SyntheticCaller(i, this.line, script,
                    new CallerMeter(meterConfig()),
                    hangUpAt, reconnectEvery > 0 && i % reconnectEvery == reconnectEvery / 2);
            callers.add(caller);
            outcomes.add(caller.start());
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new));
        long hardStop = hangUpAt + HANG_UP_GRACE.toNanos();
        // At hang-up time, when every caller is still on the line (each hangs up after the reply it is hearing):
        // the full GC and heap histogram stall the node for a moment, which a WebRTC caller's jitter buffer
        // answers by holding audio longer for seconds afterwards, so it must not happen mid-measurement.
        long memoryAt = hangUpAt;
        while (!all.isDone() && System.nanoTime() < hardStop) {
            nextSample = sample(window, line, nextSample, t0);
            if (!memoryMeasured && System.nanoTime() >= memoryAt) {
                memoryMeasured = true;
                resources.collectGarbage();
                loaded = resources.read();
                heapTop = resources.heapHistogram(8);
            }
            faults.poll(System.nanoTime());
            TimeUnit.MILLISECONDS.sleep(50);
        }
        for (SyntheticCaller caller : callers) {
            caller.abort("still on the line " + HANG_UP_GRACE.toSeconds() + " s after hang-up time");
        }
        faults.finish(faultLog);
        line.print(true);
        List<CallerOutcome> results = outcomes.stream().map(CompletableFuture::join).toList();
        progress.printf("step %d: auditing %d interaction logs...%n", sessions, results.size());
        EventAudit.Result audit = new EventAudit(this.line.api(), tenancy.workspaceId(), tenancy.secretKey())
                .audit(results, Duration.ofSeconds(90));
        return new StepSummary(options, tenancy, sessions).summarize(results, audit,
                window.resources(plateauStart + TimeUnit.SECONDS.toNanos(2), hangUpAt, baseline, loaded, idleCores, heapTop),
                List.copyOf(faultLog));
    }

    /**
     * One caller talks to the node for {@code seconds}, unmeasured, so the steps meet a node whose code is compiled
     * and whose native libraries are loaded, as in production; a first WebRTC call on a cold node stalls long
     * enough to skew its jitter buffer for the rest of the call.
     */
    void warmUp(int seconds) throws InterruptedException {
        long hangUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        SyntheticCaller caller = new SyntheticCaller(0, line, script, new CallerMeter(meterConfig()), hangUpAt, false);
        try {
            CallerOutcome warmUp = caller.start().get(seconds + HANG_UP_GRACE.toSeconds(), TimeUnit.SECONDS);
            if (!warmUp.endedCleanly()) {
                progress.println("warning: the warm-up call did not end cleanly: " + (warmUp.failure() != null
                        ? warmUp.failure() : "close " + warmUp.closeCode() + " / " + warmUp.endReason()));
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            caller.abort("warm-up over");
        }
        awaitIdleNode();
    }

    /**
     * A WebRTC caller hears continuous audio and tells the agent's speech by its level, so the short quiet moments
     * inside speech (between syllables, up to about 100 ms) are not holes in the stream; a socket caller receives
     * only the agent's audio chunks, so any pause between them is.
     */
    private CallerMeter.Config meterConfig() {
        CallerMeter.Config config = CallerMeter.Config.forDeadAir(tenancy.settings().deadAirTimeoutMs());
        return "webrtc".equals(options.transport()) ? config.withStreamGapMs(WEBRTC_STREAM_GAP_MS) : config;
    }

    static final int WEBRTC_STREAM_GAP_MS = 150;

    private long sample(ResourceWindow window, ProgressLine line, long nextSample, long t0) {
        long now = System.nanoTime();
        if (now < nextSample) {
            return nextSample;
        }
        NodeResources.Reading reading = window.sample(line.callersLive());
        line.nodeReading(reading, window.recentCpuCores());
        line.print(false);
        return nextSample + SAMPLE_EVERY.toNanos();
    }

    /** Waits (bounded) for the previous step's calls to be gone from the node, so steps do not overlap. */
    private void awaitIdleNode() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            int live = resources.read().liveSessions();
            if (live <= 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        progress.println("warning: the node still has live sessions from before this step");
    }
}
