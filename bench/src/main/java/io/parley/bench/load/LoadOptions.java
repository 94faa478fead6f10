package io.parley.bench.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The harness's command line. Every run is bounded: at most {@link #MAX_SESSIONS} callers per step, at most
 * {@link #MAX_DURATION_SECONDS} of talking per step.
 *
 * @param steps       concurrent callers per step, run one after another on the same node ({@code --sessions 50}
 *                    or {@code --steps 1,10,50})
 * @param faults      {@code reconnect}, {@code postgres}, and with stand-in engines {@code engine-timeout},
 *                    {@code engine-error}, {@code engine-garbage}, {@code slow-engine}
 * @param target      a running node's URL, or null to launch one
 * @param transport   {@code websocket} (PCM frames on the session socket) or {@code webrtc} (each caller a libwebrtc
 *                    peer: Opus over DTLS-SRTP, at most {@link #MAX_WEBRTC_SESSIONS} callers)
 * @param warmUpSeconds one unmeasured call this long before the first step, 0 for none
 */
public record LoadOptions(List<Integer> steps, int rampUpSeconds, int durationSeconds, String engines,
                          Set<String> faults, String target, String secretKey, String workspaceId,
                          String deploymentId, Long targetPid, Path appJar, String nodeHeap, Path reportDir,
                          int pacerThreads, double reconnectShare, int postgresDownSeconds,
                          Map<String, Integer> engineMs, int jitterMs, double engineFaultRate,
                          List<String> nodeSettings, String label, String transport, int warmUpSeconds) {

    public static final int MAX_SESSIONS = 1000;
    public static final int MAX_DURATION_SECONDS = 900;
    /** Each WebRTC caller runs its own native WebRTC stack in the harness: a smaller crowd. */
    public static final int MAX_WEBRTC_SESSIONS = 100;
    public static final Set<String> KNOWN_FAULTS = Set.of("reconnect", "postgres", "engine-timeout", "engine-error",
            "engine-garbage", "slow-engine");

    static final Set<String> KNOWN_OPTIONS = Set.of("sessions", "steps", "ramp-up", "duration", "engines", "stt-ms",
            "llm-ms", "tts-ms", "jitter-ms", "engine-fault-rate", "faults", "reconnect-share", "postgres-down", "target", "secret-key",
            "workspace", "deployment", "pid", "app-jar", "node-heap", "node-setting", "report-dir", "label",
            "pacer-threads", "transport", "warm-up");

    public static final String USAGE = """
            scripts/load [options]
              --sessions N            concurrent callers (1..1000), or
              --steps 1,10,50         a sweep: one step per count, same node
              --ramp-up S             seconds over which callers join (default 10)
              --duration S            seconds of talking per step after ramp-up (default 60)
              --transport websocket|webrtc   how callers send and hear audio (default websocket; webrtc: at most 100
                                      callers, each a real WebRTC peer; no reconnect fault)
              --warm-up S             one unmeasured call this long before the first step (default 10, 0 for none)
              --engines offline|standin   engines of the launched node (default offline)
              --stt-ms 150 --llm-ms 300 --tts-ms 80 --jitter-ms 20   stand-in engine latencies
              --faults a,b            reconnect, postgres, engine-timeout, engine-error, engine-garbage, slow-engine
              --engine-fault-rate 0.1 share of stand-in requests an engine fault hits
              --reconnect-share 0.1   share of callers that drop their socket once and come back
              --postgres-down S       how long PostgreSQL stays stopped (default 10)
              --target URL --secret-key sk_... --workspace ID --deployment ID [--pid PID]   a running node
              --app-jar PATH          the node jar to launch (default app/target/parley-app-0.1.0-SNAPSHOT.jar)
              --node-heap 2g          -Xmx of the launched node
              --node-setting k=v      extra setting for the launched node (repeatable)
              --report-dir DIR        where report JSON and HTML go (default bench/reports)
              --label TEXT            a name for the report files
            """;

    public static LoadOptions parse(String... args) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'\n" + USAGE);
            }
            String key;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                key = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                key = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + key + " needs a value\n" + USAGE);
                }
                value = args[++i];
            }
            given.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        for (String key : given.keySet()) {
            if (!KNOWN_OPTIONS.contains(key)) {
                throw new IllegalArgumentException("unknown option --" + key + "\n" + USAGE);
            }
        }
        Args a = new Args(given);
        List<Integer> steps = a.has("steps") ? Arrays.stream(a.text("steps", "").split(",")).map(String::trim)
                .map(Integer::parseInt).toList() : List.of(a.integer("sessions", 10));
        for (int n : steps) {
            if (n < 1 || n > MAX_SESSIONS) {
                throw new IllegalArgumentException("sessions must be between 1 and " + MAX_SESSIONS + ", got " + n);
            }
        }
        String transport = a.text("transport", "websocket");
        if (!transport.equals("websocket") && !transport.equals("webrtc")) {
            throw new IllegalArgumentException("--transport must be websocket or webrtc");
        }
        if (transport.equals("webrtc") && steps.stream().anyMatch(n -> n > MAX_WEBRTC_SESSIONS)) {
            throw new IllegalArgumentException("WebRTC callers are limited to " + MAX_WEBRTC_SESSIONS
                    + " per step (each runs its own WebRTC stack in the harness)");
        }
        int duration = a.integer("duration", 60);
        int warmUp = a.integer("warm-up", 10);
        if (warmUp < 0 || warmUp > 120) {
            throw new IllegalArgumentException("--warm-up must be between 0 and 120 s");
        }
        if (duration < 5 || duration > MAX_DURATION_SECONDS) {
            throw new IllegalArgumentException("--duration must be between 5 and " + MAX_DURATION_SECONDS + " s");
        }
        String engines = a.text("engines", "offline");
        if (!engines.equals("offline") && !engines.equals("standin")) {
            throw new IllegalArgumentException("--engines must be offline or standin");
        }
        Set<String> faults = new TreeSet<>();
        for (String f : a.text("faults", "").split(",")) {
            if (!f.isBlank()) {
                if (!KNOWN_FAULTS.contains(f.trim())) {
                    throw new IllegalArgumentException("unknown fault '" + f + "'; known: " + new TreeSet<>(KNOWN_FAULTS));
                }
                faults.add(f.trim());
            }
        }
        String target = a.text("target", null);
        if (target != null && (!a.has("secret-key") || !a.has("workspace") || !a.has("deployment"))) {
            throw new IllegalArgumentException("--target needs --secret-key, --workspace and --deployment");
        }
        if (!engines.equals("standin") && faults.stream().anyMatch(f -> f.contains("engine"))) {
            throw new IllegalArgumentException("engine faults need --engines standin (the offline engines have no "
                    + "fault modes)");
        }
        if (transport.equals("webrtc") && faults.contains("reconnect")) {
            throw new IllegalArgumentException("the reconnect fault drops a caller's socket; WebRTC callers do not "
                    + "take it (their media would go on without the socket)");
        }
        if (target != null && faults.contains("postgres")) {
            throw new IllegalArgumentException("the postgres fault needs a node the harness launches (no --target)");
        }
        Map<String, Integer> engineMs = new LinkedHashMap<>();
        engineMs.put("stt", a.integer("stt-ms", 150));
        engineMs.put("llm", a.integer("llm-ms", 300));
        engineMs.put("tts", a.integer("tts-ms", 80));
        return new LoadOptions(steps, a.integer("ramp-up", 10), duration, engines, faults, target,
                a.text("secret-key", null), a.text("workspace", null), a.text("deployment", null),
                a.has("pid") ? Long.valueOf(a.text("pid", "0")) : null,
                Path.of(a.text("app-jar", "app/target/parley-app-0.1.0-SNAPSHOT.jar")), a.text("node-heap", "2g"),
                Path.of(a.text("report-dir", "bench/reports")), a.integer("pacer-threads", 2),
                Double.parseDouble(a.text("reconnect-share", "0.1")), a.integer("postgres-down", 10), engineMs,
                a.integer("jitter-ms", 20), Double.parseDouble(a.text("engine-fault-rate", "0.1")),
                a.all("node-setting").stream().map(s -> "--" + s).toList(),
                a.text("label", null), transport, warmUp);
    }

    public int maxSessions() {
        return steps.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private record Args(Map<String, List<String>> given) {
        boolean has(String key) {
            return given.containsKey(key);
        }

        String text(String key, String fallback) {
            List<String> values = given.get(key);
            return values == null ? fallback : values.getLast();
        }

        List<String> all(String key) {
            return given.getOrDefault(key, List.of());
        }

        int integer(String key, int fallback) {
            String v = text(key, null);
            try {
                return v == null ? fallback : Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + key + " must be a number, got '" + v + "'");
            }
        }
    }
}
