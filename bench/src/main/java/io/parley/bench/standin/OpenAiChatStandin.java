package io.parley.bench.standin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback stand-in for OpenAI's chat completions API ({@code POST /v1/chat/completions}), which cannot be
 * reached from here. Same wire protocol: {@code stream: true} answers with server-sent events of
 * {@code chat.completion.chunk} objects (id, object, created, model, system_fingerprint, choices with index, delta,
 * logprobs and finish_reason; a usage chunk when {@code stream_options.include_usage} asks for it) ended by
 * {@code data: [DONE]}; {@code stream: false} answers one {@code chat.completion}. Bearer key checked if configured;
 * errors in OpenAI's shape.
 *
 * <p>What it does not do: understand or generate. It answers every request with the next reply of its script
 * ({@link Config#replies()}, cycling), word by word: the first token after {@link Config#firstToken()}, then
 * {@link Config#tokensPerSecond()}. Tools are never called.
 */
public final class OpenAiChatStandin implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TOKEN = Pattern.compile("\\s*\\S+");

    /**
     * @param port            0 for any free port
     * @param firstToken      from request to the first content token
     * @param tokensPerSecond the rate of the tokens after the first
     * @param replies         what the model says, one reply per request, cycling
     * @param apiKey          the key clients must send; null accepts any
     * @param faults          injected misbehaviour, drawn per request
     * @param seed            for jitter and fault draws
     */
    public record Config(int port, Latency firstToken, double tokensPerSecond, List<String> replies, String apiKey,
                         FaultPlan faults, long seed) {

        public Config {
            Objects.requireNonNull(firstToken, "firstToken");
            Objects.requireNonNull(faults, "faults");
            replies = List.copyOf(replies);
            if (replies.isEmpty() || tokensPerSecond <= 0) {
                throw new IllegalArgumentException("the LLM stand-in needs a reply and a positive token rate");
            }
        }

        /** Any port, first token 300 ms (+ up to 50 ms), then 40 tokens a second, two booking replies. */
        public static Config defaults() {
            return new Config(0, Latency.of(300, 50), 40, List.of(
                    "Sure, I can book that for you. How many people will be joining?",
                    "Great, you're all set. Is there anything else I can help with?"), null, FaultPlan.NONE, 3);
        }

        public Config withPort(int other) {
            return new Config(other, firstToken, tokensPerSecond, replies, apiKey, faults, seed);
        }

        public Config withFirstToken(Latency other) {
            return new Config(port, other, tokensPerSecond, replies, apiKey, faults, seed);
        }

        public Config withReplies(List<String> other) {
            return new Config(port, firstToken, tokensPerSecond, other, apiKey, faults, seed);
        }

        public Config withApiKey(String other) {
            return new Config(port, firstToken, tokensPerSecond, replies, other, faults, seed);
        }

        public Config withFaults(FaultPlan other) {
            return new Config(port, firstToken, tokensPerSecond, replies, apiKey, other, seed);
        }
    }

    private final Config config;
    private final LoopbackHttp http;
    private final SplittableRandom random;
    private final AtomicLong counter = new AtomicLong();
    private final StandinStats stats = new StandinStats();

    private OpenAiChatStandin(Config config) throws IOException {
        this.config = config;
        this.random = new SplittableRandom(config.seed());
        this.http = new LoopbackHttp(config.port(), "/v1/chat/completions", this::completions);
    }

    /** Binds 127.0.0.1 and starts answering. */
    public static OpenAiChatStandin start(Config config) throws IOException {
        return new OpenAiChatStandin(config);
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

    private void completions(HttpExchange exchange) throws IOException {
        JsonNode body = LoopbackHttp.readJsonPost(exchange, config.apiKey(), JSON);
        if (body == null) {
            return;
        }
        if (!body.path("messages").isArray() || body.path("messages").isEmpty()) {
            LoopbackHttp.error(exchange, 400, "'messages' must be a non-empty array.", "invalid_request_error", null);
            return;
        }
        Fault fault;
        long delay;
        synchronized (random) {
            fault = config.faults().draw(random);
            delay = config.firstToken().drawNanos(random, fault == Fault.SLOW ? config.faults().slowFactor() : 1);
        }
        stats.request(fault);
        long n = counter.getAndIncrement();
        Reply reply = new Reply("chatcmpl-standin-" + n, body.path("model").asString("stand-in"),
                System.currentTimeMillis() / 1000, fault == Fault.EMPTY ? List.of()
                        : tokens(config.replies().get((int) (n % config.replies().size()))));
        switch (fault) {
            case HANG -> http.hang(120_000_000_000L);
            case ERROR -> LoopbackHttp.error(exchange, 500, "The server had an error while processing your request.",
                    "server_error", null);
            default -> {
                stats.delayed(delay);
                if (body.path("stream").asBoolean(false)) {
                    stream(exchange, reply, fault, delay,
                            body.path("stream_options").path("include_usage").asBoolean(false));
                } else {
                    LoopbackHttp.pause(delay);
                    whole(exchange, reply);
                }
            }
        }
    }

    private void stream(HttpExchange exchange, Reply reply, Fault fault, long delayNanos, boolean usage)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        event(out, reply.chunk("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}", "null"));
        long start = System.nanoTime();
        LoopbackHttp.pause(delayNanos);
        if (fault == Fault.GARBAGE) {
            event(out, "{\"id\":\"" + reply.id + "\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"delta\":");
            stats.responded();
            out.close();
            return;
        }
        double rate = fault == Fault.SLOW ? config.tokensPerSecond() / config.faults().slowFactor()
                : config.tokensPerSecond();
        for (int i = 0; i < reply.tokens.size() && http.running(); i++) {
            if (i > 0) {
                LoopbackHttp.pause(start + delayNanos + (long) (i * 1e9 / rate) - System.nanoTime());
            }
            event(out, reply.chunk("{\"content\":" + Json.quote(reply.tokens.get(i)) + "}", "null"));
            if (i == 0) {
                stats.responded();
            }
        }
        event(out, reply.chunk("{}", "\"stop\""));
        if (usage) {
            event(out, "{\"id\":\"" + reply.id + "\",\"object\":\"chat.completion.chunk\",\"created\":" + reply.created
                    + ",\"model\":" + Json.quote(reply.model) + ",\"system_fingerprint\":\"fp_standin\",\"choices\":[],"
                    + reply.usage() + "}");
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.close();
    }

    private static void whole(HttpExchange exchange, Reply reply) throws IOException {
        byte[] body = ("{\"id\":\"" + reply.id + "\",\"object\":\"chat.completion\",\"created\":" + reply.created
                + ",\"model\":" + Json.quote(reply.model) + ",\"system_fingerprint\":\"fp_standin\",\"choices\":[{"
                + "\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + Json.quote(reply.text())
                + ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}]," + reply.usage() + "}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void event(OutputStream out, String json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private record Reply(String id, String model, long created, List<String> tokens) {
        String text() {
            return String.join("", tokens);
        }

        String chunk(String delta, String finishReason) {
            return "{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":" + created + ",\"model\":"
                    + Json.quote(model) + ",\"system_fingerprint\":\"fp_standin\",\"choices\":[{\"index\":0,\"delta\":"
                    + delta + ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}]}";
        }

        String usage() {
            return "\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":" + tokens.size() + ",\"total_tokens\":"
                    + (20 + tokens.size()) + "}";
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
