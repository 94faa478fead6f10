package io.parley.bench.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side shared by the OpenAI stand-ins: the JDK's HTTP server on 127.0.0.1 with a virtual thread per
 * exchange (so hundreds of slow streams cost no platform threads), OpenAI-style error bodies and bearer checks.
 */
final class LoopbackHttp implements AutoCloseable {

    static {
        // Streamed chunks are small: without TCP_NODELAY, Nagle's algorithm holds each one back until the client's
        // delayed ACK (about 40 ms), which real streaming APIs do not do. Read once, when the JDK server first loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean running = true;

    LoopbackHttp(int port, String path, HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        server.setExecutor(executor);
        server.createContext(path, exchange -> {
            try (exchange) {
                // One request per connection: the JDK server can leave a kept-alive connection's next request
                // waiting for seconds, which would pose as engine latency.
                exchange.getResponseHeaders().set("Connection", "close");
                handler.handle(exchange);
            } catch (IOException e) {
                // the client went away mid-stream (a cancelled synthesis, a barge-in): nothing to answer
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    boolean running() {
        return running;
    }

    /** Keeps the exchange open without answering until the server stops or {@code maxNanos} pass. */
    void hang(long maxNanos) {
        long end = System.nanoTime() + maxNanos;
        while (running && System.nanoTime() < end) {
            LockSupport.parkNanos(50_000_000L);
        }
    }

    /** Waits {@code nanos} (a virtual thread parks, holding no platform thread). */
    static void pause(long nanos) {
        long end = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = end - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /**
     * The request prelude every OpenAI endpoint shares: POST only, the bearer key, a JSON body. Answers the client
     * itself (405, 401 or 400, as OpenAI words them) and returns null when the request goes no further.
     */
    static JsonNode readJsonPost(HttpExchange exchange, String apiKey, JsonMapper json) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            error(exchange, 405, "Use POST.", "invalid_request_error", null);
            return null;
        }
        if (!authorized(exchange, apiKey)) {
            return null;
        }
        try {
            return json.readTree(exchange.getRequestBody());
        } catch (RuntimeException e) {
            error(exchange, 400, "We could not parse the JSON body of your request.", "invalid_request_error", null);
            return null;
        }
    }

    /** Checks {@code Authorization: Bearer <key>} when a key is configured; answers 401 and returns false if wrong. */
    static boolean authorized(HttpExchange exchange, String apiKey) throws IOException {
        if (apiKey == null || ("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return true;
        }
        error(exchange, 401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
        return false;
    }

    /** An OpenAI error body: {@code {"error":{"message","type","param","code"}}}. */
    static void error(HttpExchange exchange, int status, String message, String type, String code) throws IOException {
        byte[] body = ("{\"error\":{\"message\":" + Json.quote(message) + ",\"type\":\"" + type
                + "\",\"param\":null,\"code\":" + (code == null ? "null" : "\"" + code + "\"") + "}}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        running = false;
        server.stop(0);
        executor.shutdownNow();
    }
}
