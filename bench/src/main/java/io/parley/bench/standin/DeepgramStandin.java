package io.parley.bench.standin;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback stand-in for Deepgram's live streaming API ({@code wss://api.deepgram.com/v1/listen}), which cannot be
 * reached from here. It speaks the same wire protocol: the handshake checks {@code encoding=linear16},
 * {@code sample_rate}, {@code channels=1} and (if configured) {@code Authorization: Token <key>}; binary audio goes
 * in; {@code Results} messages come out (interim ones while speech flows, a {@code speech_final} one after
 * {@code endpointing} ms of silence, a {@code from_finalize} one after {@code Finalize}); {@code KeepAlive} keeps an
 * idle socket open, {@code CloseStream} flushes, sends {@code Metadata} and closes with 1000; 10 s without audio
 * closes with 1011.
 *
 * <p>What it does not do: recognise anything. It only tells speech from silence by loudness, and answers each
 * utterance with the next phrase of its script (cycling through {@link Config#phrases()} in the order utterances
 * arrive, across all connections). Interim results reveal the phrase word by word as speech goes on.
 *
 * <pre>{@code
 * try (DeepgramStandin stt = DeepgramStandin.start(DeepgramStandin.Config.defaults())) {
 *     URI url = stt.url();   // ws://127.0.0.1:<port>/v1/listen
 * }
 * }</pre>
 */
public final class DeepgramStandin implements AutoCloseable {

    /**
     * @param port         0 for any free port
     * @param phrases      the transcripts, one per utterance, cycling
     * @param finalLatency from end of speech (endpointing) or {@code Finalize} to the final result
     * @param interimEvery speech between two interim results
     * @param speechLevel  RMS (of PCM16) above which a 20 ms frame counts as speech
     * @param apiKey       the key clients must send; null accepts any
     * @param idleTimeout  no audio or KeepAlive for this long closes the socket with 1011
     * @param faults       injected misbehaviour, drawn per connection
     * @param seed         for jitter and fault draws
     */
    public record Config(int port, List<String> phrases, Latency finalLatency, Duration interimEvery, int speechLevel,
                         String apiKey, Duration idleTimeout, FaultPlan faults, long seed) {

        public Config {
            phrases = List.copyOf(phrases);
            if (phrases.isEmpty()) {
                throw new IllegalArgumentException("the STT stand-in needs at least one phrase");
            }
            Objects.requireNonNull(finalLatency, "finalLatency");
            Objects.requireNonNull(interimEvery, "interimEvery");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(faults, "faults");
        }

        /** Any port, four booking phrases, final 150 ms (+ up to 20 ms), interims every 250 ms, no key, no faults. */
        public static Config defaults() {
            return new Config(0, List.of("book a table for two", "tomorrow at seven", "yes please", "thank you"),
                    Latency.of(150, 20), Duration.ofMillis(250), 500, null, Duration.ofSeconds(10), FaultPlan.NONE, 1);
        }

        public Config withPort(int other) {
            return new Config(other, phrases, finalLatency, interimEvery, speechLevel, apiKey, idleTimeout, faults, seed);
        }

        public Config withPhrases(List<String> other) {
            return new Config(port, other, finalLatency, interimEvery, speechLevel, apiKey, idleTimeout, faults, seed);
        }

        public Config withFinalLatency(Latency other) {
            return new Config(port, phrases, other, interimEvery, speechLevel, apiKey, idleTimeout, faults, seed);
        }

        public Config withApiKey(String other) {
            return new Config(port, phrases, finalLatency, interimEvery, speechLevel, other, idleTimeout, faults, seed);
        }

        public Config withFaults(FaultPlan other) {
            return new Config(port, phrases, finalLatency, interimEvery, speechLevel, apiKey, idleTimeout, other, seed);
        }
    }

    private final Config config;
    private final WebSocketServer server;
    private final SplittableRandom random;
    private final AtomicLong utterances = new AtomicLong();
    private final StandinStats stats = new StandinStats();

    private DeepgramStandin(Config config) throws IOException {
        this.config = config;
        this.random = new SplittableRandom(config.seed());
        this.server = new WebSocketServer(config.port(), config.idleTimeout(), this::accept);
    }

    /** Binds 127.0.0.1 and starts answering. */
    public static DeepgramStandin start(Config config) throws IOException {
        return new DeepgramStandin(config);
    }

    public int port() {
        return server.port();
    }

    /** The listen URL to configure a client with. */
    public URI url() {
        return URI.create("ws://127.0.0.1:" + port() + "/v1/listen");
    }

    public StandinStats stats() {
        return stats;
    }

    public Config config() {
        return config;
    }

    private WebSocketServer.Handler accept(WebSocketServer.Request request) throws WebSocketServer.Refusal {
        if (!"/v1/listen".equals(request.path())) {
            throw new WebSocketServer.Refusal(404, "{\"err_code\":\"NOT_FOUND\",\"err_msg\":\"No such endpoint\"}");
        }
        if (config.apiKey() != null && !("Token " + config.apiKey()).equals(request.header("authorization"))) {
            throw new WebSocketServer.Refusal(401, "{\"err_code\":\"INVALID_AUTH\",\"err_msg\":\"Invalid credentials.\"}");
        }
        String encoding = request.query().get("encoding");
        String rate = request.query().get("sample_rate");
        if (!"linear16".equals(encoding) || rate == null || !rate.matches("\\d{4,6}")
                || !"1".equals(request.query().getOrDefault("channels", "1"))) {
            throw new WebSocketServer.Refusal(400, "{\"err_code\":\"Bad Request\",\"err_msg\":"
                    + "\"this stand-in takes raw linear16 mono audio with a sample_rate\"}");
        }
        Fault fault;
        long seed;
        synchronized (random) {
            fault = config.faults().draw(random);
            seed = random.nextLong();
        }
        stats.request(fault);
        return new DeepgramListen(this, request.query(), fault, new SplittableRandom(seed));
    }

    String nextPhrase() {
        return config.phrases().get((int) (utterances.getAndIncrement() % config.phrases().size()));
    }

    StandinStats statsSink() {
        return stats;
    }

    @Override
    public void close() {
        server.close();
    }
}
