package io.parley.voice.remote;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A test stand-in for an OpenAI-compatible chat completions server ({@code POST /v1/chat/completions} with
 * {@code stream: true}, which cannot be reached from tests): every request is answered with the same tokens as
 * server-sent {@code chat.completion.chunk} events, then {@code data: [DONE]}. It understands nothing.
 */
public final class LoopbackChat implements AutoCloseable {

    private final HttpServer server;
    private final List<String> tokens;
    /** Request bodies, in order. */
    public final BlockingQueue<String> requests = new LinkedBlockingQueue<>();

    private LoopbackChat(List<String> tokens) throws IOException {
        this.tokens = List.copyOf(tokens);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                event(out, "{\"role\":\"assistant\",\"content\":\"\"}", "null");
                for (String token : this.tokens) {
                    event(out, "{\"content\":\"" + token.replace("\"", "\\\"") + "\"}", "null");
                }
                event(out, "{}", "\"stop\"");
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
    }

    /** A server that always answers {@code tokens}. */
    public static LoopbackChat start(String... tokens) throws IOException {
        return new LoopbackChat(List.of(tokens));
    }

    /** The API root: {@code http://127.0.0.1:<port>/v1}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    private static void event(OutputStream out, String delta, String finishReason) throws IOException {
        out.write(("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"loopback\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason + "}]}\n\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
