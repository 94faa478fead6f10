package io.parley.bench.load;

import io.parley.bench.load.audio.CallerAudio;
import io.parley.bench.load.caller.CallerScript;
import io.parley.bench.load.caller.SocketAudio;
import io.parley.bench.load.caller.SyntheticCaller;
import io.parley.bench.load.measure.NodeResources;
import io.parley.bench.load.node.JsonHttp;
import io.parley.bench.load.node.LaunchedNode;
import io.parley.bench.load.node.NodeUnderTest;
import io.parley.bench.load.node.Provisioning;
import io.parley.bench.load.node.Tenancy;
import io.parley.bench.load.report.LoadReport;
import io.parley.bench.load.report.ReportFiles;
import io.parley.bench.load.report.StepReport;
import io.parley.bench.load.webrtc.PeerAudio;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The load harness: synthetic callers against a Parley node over the WebSocket plane or embedded WebRTC, measured from the callers'
 * side and the node's, written up as JSON and HTML under {@code bench/reports/}. Run it with {@code scripts/load}.
 */
public final class LoadHarness {

    private final LoadOptions options;
    private final String command;
    private final PrintStream out;

    public LoadHarness(LoadOptions options, String command, PrintStream out) {
        this.options = options;
        this.command = command;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "load-logback.xml");
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Result result = new LoadHarness(options, "scripts/load " + String.join(" ", args), System.out).run();
        System.out.println("report: " + result.jsonFile() + " (and .html)");
        result.report().goals().forEach(g -> System.out.printf("  %-50s %-12s %s%n", g.name(),
                g.met() == null ? "not judged" : g.met() ? "met" : "MISSED", g.measured()));
        System.exit(0);
    }

    /** A finished run: the report and where it was written. */
    public record Result(LoadReport report, Path jsonFile) {
    }

    public Result run() throws IOException, InterruptedException {
        String startedAt = Instant.now().toString();
        double loadBefore = loadAverage();
        out.println("synthesizing caller audio with espeak-ng...");
        CallerAudio audio = CallerAudio.synthesize(Path.of(System.getProperty("java.io.tmpdir"), "parley-load-audio"));
        Path work = Files.createTempDirectory("parley-load-");
        StandIns standIns = StandIns.start(options);
        try (NodeUnderTest node = node(work, standIns);
             ScheduledExecutorService pacer = Executors.newScheduledThreadPool(options.pacerThreads(),
                     Thread.ofPlatform().daemon().name("caller-pacer-", 0).factory())) {
            JsonHttp api = new JsonHttp(node.baseUrl());
            Tenancy tenancy = options.target() != null
                    ? Provisioning.existing(api, options.workspaceId(), options.deploymentId(), options.secretKey())
                    : Provisioning.provision(api, standIns.agentEngines(), deploymentSettings(), options.maxSessions() * 2);
            out.println("node " + node.baseUrl() + " ready; deployment " + tenancy.deploymentId() + " "
                    + tenancy.settings());
            // One socket client (and its selector thread) per 50 callers, at most 8.
            List<HttpClient> sockets = java.util.stream.IntStream.range(0,
                    Math.clamp(options.maxSessions() / 50, 1, 8)).mapToObj(i -> HttpClient.newHttpClient()).toList();
            SyntheticCaller.Line line = new SyntheticCaller.Line(api, tenancy.secretKey(), tenancy.deploymentId(),
                    sockets, pacer, "webrtc".equals(options.transport()) ? PeerAudio.OPENER : SocketAudio.OPENER);
            NodeResources resources = new NodeResources(api, node.pid());
            StepRunner runner = new StepRunner(options, node, tenancy, line, script(audio), resources, out);
            if (options.warmUpSeconds() > 0) {
                out.printf("warming up the node: one %s caller for %d s, not counted...%n", options.transport(),
                        options.warmUpSeconds());
                runner.warmUp(options.warmUpSeconds());
            }
            List<StepReport> steps = new ArrayList<>();
            for (int sessions : options.steps()) {
                out.printf("step: %d %s callers, ramp-up %d s, %d s of talking%n", sessions, options.transport(),
                        options.rampUpSeconds(), options.durationSeconds());
                steps.add(runner.run(sessions, new Faults(options, node.postgres()), standIns.faults()));
            }
            int cores = Runtime.getRuntime().availableProcessors();
            LoadReport report = new LoadReport(startedAt, Instant.now().toString(), command,
                    new LoadReport.Machine(cores, cpuModel(), loadBefore, loadAverage()),
                    new LoadReport.Node(options.target() == null ? "launched" : "target", node.baseUrl(),
                            options.target() == null ? options.engines() : "as deployed", options.nodeHeap(),
                            tenancy.settings(), List.copyOf(options.faults()), options.transport()),
                    StepSummary.overheadBasisMs(options, tenancy), steps,
                    Goals.judge(steps, tenancy.settings().bargeInMinDurationMs(), "standin".equals(options.engines())),
                    Goals.sizing(steps, options.engines(), options.transport(), cores));
            return new Result(report, ReportFiles.write(report, options.reportDir(), options.label()));
        } finally {
            standIns.close();
        }
    }

    private NodeUnderTest node(Path work, StandIns standIns) throws IOException, InterruptedException {
        if (options.target() != null) {
            return NodeUnderTest.running(options.target(),
                    options.targetPid() == null ? OptionalLong.empty() : OptionalLong.of(options.targetPid()));
        }
        List<String> settings = new ArrayList<>(standIns.nodeSettings());
        settings.addAll(options.nodeSettings());
        out.println("starting PostgreSQL and a node from " + options.appJar() + " (log: " + work.resolve("node.log")
                + ")...");
        return LaunchedNode.start(new LaunchedNode.Spec(options.appJar(), work, options.maxSessions() + 10,
                options.nodeHeap(), settings));
    }

    /**
     * The stand-in STT does not recognise speech (every utterance gets its next scripted phrase), so with stand-ins
     * interruptions are judged on duration alone ({@code bargeInMinWords} 0), which is what the barge-in goal
     * measures, and the backchannel is a short "mm" below the minimum duration.
     */
    private Map<String, Object> deploymentSettings() {
        return "standin".equals(options.engines()) ? Map.of("bargeInMinWords", 0) : Map.of();
    }

    private CallerScript script(CallerAudio audio) {
        CallerScript standard = CallerScript.standard(audio);
        return "standin".equals(options.engines()) ? standard.withShortBackchannel(200) : standard;
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The engines the agent runs on, for the offline engines. */
    static Map<String, Object> offlineEngines() {
        return Map.of("stt", Map.of("engine", "pocketsphinx", "options", Map.of()),
                "llm", Map.of("engine", "flow", "options", Map.of()),
                "tts", Map.of("engine", "espeak-ng", "options", Map.of()));
    }
}
