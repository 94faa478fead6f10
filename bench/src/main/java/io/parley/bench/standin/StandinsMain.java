package io.parley.bench.standin;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the engine stand-ins from the command line until interrupted (or for {@code --duration}), printing their
 * ports and the node settings that use them. Every flag is optional:
 *
 * <pre>
 * scripts/standins --stt-port 7001 --llm-port 7002 --tts-port 7003 \
 *     --stt-final-ms 150 --stt-jitter-ms 20 --stt-phrases "book a table for two|tomorrow at seven" \
 *     --llm-first-token-ms 300 --llm-jitter-ms 50 --llm-tokens-per-second 40 --llm-replies "Sure.|Done." \
 *     --tts-first-audio-ms 80 --tts-jitter-ms 20 --tts-ms-per-char 60 --tts-pace 1.5 \
 *     --stt-fault error:0.05 --llm-fault slow:0.1:5 --tts-fault hang:0.01 --api-key test-key --seed 7 --duration 10m
 * </pre>
 *
 * A fault is {@code none|hang|error|garbage|empty|slow}, optionally {@code :rate} and (for slow) {@code :factor}.
 */
public final class StandinsMain {

    private static final Set<String> FLAGS = Set.of("stt-port", "llm-port", "tts-port", "stt-final-ms", "stt-jitter-ms",
            "stt-phrases", "stt-fault", "llm-first-token-ms", "llm-jitter-ms", "llm-tokens-per-second", "llm-replies",
            "llm-fault", "tts-first-audio-ms", "tts-jitter-ms", "tts-ms-per-char", "tts-pace", "tts-fault", "api-key",
            "seed", "duration");

    private StandinsMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags;
        Standins.Config config;
        try {
            flags = parse(args);
            config = config(flags);
        } catch (IllegalArgumentException e) {
            System.err.println("standins: " + e.getMessage());
            System.err.println("flags: --" + String.join(" --", FLAGS.stream().sorted().toList()));
            System.exit(2);
            return;
        }
        Standins standins = Standins.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            standins.close();
            stopped.countDown();
        }));
        describe(standins, System.out);
        Duration duration = flags.containsKey("duration") ? parseDuration(flags.get("duration")) : null;
        if (duration == null) {
            stopped.await();
        } else if (!stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS)) {
            System.out.println("stopping after " + flags.get("duration") + ": stt " + standins.stt().stats() + ", llm "
                    + standins.llm().stats() + ", tts " + standins.tts().stats());
            System.exit(0);
        }
    }

    static Standins.Config config(Map<String, String> f) {
        long seed = Long.parseLong(f.getOrDefault("seed", "1"));
        String key = f.get("api-key");
        DeepgramStandin.Config d = DeepgramStandin.Config.defaults();
        DeepgramStandin.Config stt = new DeepgramStandin.Config(integer(f, "stt-port", 0),
                f.containsKey("stt-phrases") ? split(f.get("stt-phrases")) : d.phrases(),
                Latency.of(integer(f, "stt-final-ms", 150), integer(f, "stt-jitter-ms", 20)), d.interimEvery(),
                d.speechLevel(), key, d.idleTimeout(), fault(f, "stt-fault"), seed);
        OpenAiChatStandin.Config l = OpenAiChatStandin.Config.defaults();
        OpenAiChatStandin.Config llm = new OpenAiChatStandin.Config(integer(f, "llm-port", 0),
                Latency.of(integer(f, "llm-first-token-ms", 300), integer(f, "llm-jitter-ms", 50)),
                Double.parseDouble(f.getOrDefault("llm-tokens-per-second", String.valueOf(l.tokensPerSecond()))),
                f.containsKey("llm-replies") ? split(f.get("llm-replies")) : l.replies(), key, fault(f, "llm-fault"),
                seed + 1);
        OpenAiSpeechStandin.Config t = OpenAiSpeechStandin.Config.defaults();
        OpenAiSpeechStandin.Config tts = new OpenAiSpeechStandin.Config(integer(f, "tts-port", 0),
                Latency.of(integer(f, "tts-first-audio-ms", 80), integer(f, "tts-jitter-ms", 20)),
                integer(f, "tts-ms-per-char", t.msPerCharacter()), t.chunkMs(),
                Double.parseDouble(f.getOrDefault("tts-pace", String.valueOf(t.pace()))), key, fault(f, "tts-fault"),
                seed + 2);
        return new Standins.Config(stt, llm, tts);
    }

    static void describe(Standins s, PrintStream out) {
        out.println("Parley engine stand-ins on loopback (they stand in for cloud APIs; no recognition, no generation, "
                + "no speech):");
        out.printf("  stt  deepgram live      %-36s final %s  fault %s%n", s.stt().url(),
                s.stt().config().finalLatency(), s.stt().config().faults());
        out.printf("  llm  openai chat        %-36s first token %s, %s tokens/s  fault %s%n", s.llm().baseUrl(),
                s.llm().config().firstToken(), s.llm().config().tokensPerSecond(), s.llm().config().faults());
        out.printf("  tts  openai speech      %-36s first audio %s, %sx real time  fault %s%n", s.tts().baseUrl(),
                s.tts().config().firstAudio(), s.tts().config().pace(), s.tts().config().faults());
        out.println("ports: stt=" + s.stt().port() + " llm=" + s.llm().port() + " tts=" + s.tts().port());
        out.println("node settings:");
        s.nodeProperties().forEach((k, v) -> out.println("  --" + k + "=" + v));
        out.println("agent engines: {\"stt\":{\"engine\":\"deepgram\"},\"llm\":{\"engine\":\"openai\"},"
                + "\"tts\":{\"engine\":\"openai\"}}");
        out.flush();
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (!FLAGS.contains(name)) {
                throw new IllegalArgumentException("unknown flag --" + name);
            }
            flags.put(name, value);
        }
        return flags;
    }

    private static int integer(Map<String, String> flags, String name, int fallback) {
        String value = flags.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'");
        }
    }

    private static FaultPlan fault(Map<String, String> flags, String name) {
        String value = flags.get(name);
        try {
            return value == null ? FaultPlan.NONE : FaultPlan.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--" + name + " must look like error, hang:0.1 or slow:0.2:5, got '"
                    + value + "'");
        }
    }

    private static List<String> split(String phrases) {
        return Arrays.stream(phrases.split("\\|")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            long n = Long.parseLong(t.replaceAll("[a-z]+$", ""));
            return t.endsWith("ms") ? Duration.ofMillis(n) : t.endsWith("m") ? Duration.ofMinutes(n)
                    : t.endsWith("h") ? Duration.ofHours(n) : Duration.ofSeconds(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--duration must look like 90s, 10m or 1h, got '" + text + "'");
        }
    }
}
