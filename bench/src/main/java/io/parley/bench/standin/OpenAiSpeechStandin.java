package io.parley.bench.standin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Objects;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback stand-in for OpenAI's speech API ({@code POST /v1/audio/speech}), which cannot be reached from here.
 * Same wire protocol: a JSON body with {@code model}, {@code input}, {@code voice} and {@code response_format}
 * (only {@code pcm} is served: raw 16-bit little-endian mono at 24 kHz, chunked), {@code Authorization: Bearer <key>}
 * if a key is configured, and OpenAI's error bodies for bad requests.
 *
 * <p>What it does not do: speak. The audio is a speech-like buzz ({@link SpeechSignal}) whose length is
 * proportional to the input text ({@link Config#msPerCharacter()}); the first chunk leaves after
 * {@link Config#firstAudio()}, the rest at {@link Config#pace()} times real time.
 */
public final class OpenAiSpeechStandin implements AutoCloseable {

    static final int RATE = 24_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param port           0 for any free port
     * @param firstAudio     from request to the first audio chunk
     * @param msPerCharacter audio length per input character (60 ms is an average speaking rate)
     * @param chunkMs        audio per chunk written
     * @param pace           how much faster than real time chunks are written after the first (1 = real time)
     * @param apiKey         the key clients must send; null accepts any
     * @param faults         injected misbehaviour, drawn per request
     * @param seed           for jitter, fault draws and the signal
     */
    public record Config(int port, Latency firstAudio, int msPerCharacter, int chunkMs, double pace, String apiKey,
                         FaultPlan faults, long seed) {

        public Config {
            Objects.requireNonNull(firstAudio, "firstAudio");
            Objects.requireNonNull(faults, "faults");
            if (msPerCharacter < 1 || chunkMs < 5 || chunkMs > 1000 || pace <= 0) {
                throw new IllegalArgumentException("msPerCharacter >= 1, chunkMs 5..1000 and pace > 0 required");
            }
        }

        /** Any port, first audio 80 ms (+ up to 20 ms), 60 ms per character, 40 ms chunks at 1.5x real time. */
        public static Config defaults() {
            return new Config(0, Latency.of(80, 20), 60, 40, 1.5, null, FaultPlan.NONE, 2);
        }

        public Config withPort(int other) {
            return new Config(other, firstAudio, msPerCharacter, chunkMs, pace, apiKey, faults, seed);
        }

        public Config withFirstAudio(Latency other) {
            return new Config(port, other, msPerCharacter, chunkMs, pace, apiKey, faults, seed);
        }

        public Config withApiKey(String other) {
            return new Config(port, firstAudio, msPerCharacter, chunkMs, pace, other, faults, seed);
        }

        public Config withFaults(FaultPlan other) {
            return new Config(port, firstAudio, msPerCharacter, chunkMs, pace, apiKey, other, seed);
        }
    }

    private final Config config;
    private final LoopbackHttp http;
    private final SplittableRandom random;
    private final StandinStats stats = new StandinStats();

    private OpenAiSpeechStandin(Config config) throws IOException {
        this.config = config;
        this.random = new SplittableRandom(config.seed());
        this.http = new LoopbackHttp(config.port(), "/v1/audio/speech", this::speech);
    }

    /** Binds 127.0.0.1 and starts answering. */
    public static OpenAiSpeechStandin start(Config config) throws IOException {
        return new OpenAiSpeechStandin(config);
    }

    public int port() {
        return http.port();
    }

    /** The API root to configure a client with: {@code http://127.0.0.1:<port>/v1}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/v1");
    }

    public StandinStats stats() {
        return stats;
    }

    public Config config() {
        return config;
    }

    private void speech(HttpExchange exchange) throws IOException {
        JsonNode body = LoopbackHttp.readJsonPost(exchange, config.apiKey(), JSON);
        if (body == null) {
            return;
        }
        String input = body.path("input").asString("");
        if (input.isBlank() || input.length() > 4096 || body.path("model").asString("").isBlank()
                || body.path("voice").asString("").isBlank()) {
            LoopbackHttp.error(exchange, 400, "input (1-4096 characters), model and voice are required.",
                    "invalid_request_error", null);
            return;
        }
        if (!"pcm".equals(body.path("response_format").asString("mp3"))) {
            LoopbackHttp.error(exchange, 400, "This stand-in serves response_format pcm only.",
                    "invalid_request_error", null);
            return;
        }
        Fault fault;
        long delay;
        long seed;
        synchronized (random) {
            fault = config.faults().draw(random);
            delay = config.firstAudio().drawNanos(random, fault == Fault.SLOW ? config.faults().slowFactor() : 1);
            seed = random.nextLong();
        }
        stats.request(fault);
        switch (fault) {
            case HANG -> http.hang(120_000_000_000L);
            case ERROR -> LoopbackHttp.error(exchange, 500, "The server had an error while processing your request.",
                    "server_error", null);
            default -> stream(exchange, input, fault, delay, seed);
        }
    }

    private void stream(HttpExchange exchange, String input, Fault fault, long delayNanos, long seed)
            throws IOException {
        stats.delayed(delayNanos);
        long start = System.nanoTime();
        LoopbackHttp.pause(delayNanos);
        exchange.getResponseHeaders().set("Content-Type", "audio/pcm");
        exchange.sendResponseHeaders(200, fault == Fault.EMPTY ? -1 : 0);
        if (fault == Fault.EMPTY) {
            return;
        }
        SpeechSignal signal = new SpeechSignal(fault == Fault.GARBAGE, seed);
        int total = (int) ((long) Math.max(200, input.length() * config.msPerCharacter()) * RATE / 1000);
        int chunk = config.chunkMs() * RATE / 1000;
        double pace = fault == Fault.SLOW ? config.pace() / config.faults().slowFactor() : config.pace();
        OutputStream out = exchange.getResponseBody();
        int sent = 0;
        boolean first = true;
        while (sent < total && http.running()) {
            int n = Math.min(chunk, total - sent);
            out.write(signal.next(n));
            out.flush();
            if (first) {
                first = false;
                stats.responded();
            }
            sent += n;
            if (sent >= total) {
                break;
            }
            // chunks after the first leave at the configured pace, measured from the first one
            long due = start + delayNanos + (long) (sent * 1e9 / RATE / pace);
            LoopbackHttp.pause(due - System.nanoTime());
        }
        out.close();
    }

    @Override
    public void close() {
        http.close();
    }
}
