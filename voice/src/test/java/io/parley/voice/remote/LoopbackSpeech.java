package io.parley.voice.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test stand-in for OpenAI's speech API ({@code POST /v1/audio/speech}, which cannot be reached from tests): it
 * answers with the raw 24 kHz PCM16 it is given, chunk by chunk, and can hold the stream after the first chunk
 * until the test releases it, fail with a status, or never answer. It synthesises nothing.
 */
public final class LoopbackSpeech implements AutoCloseable {

    /** What the client sent. */
    public record Request(String authorization, String body) { }

    private final HttpServer server;
    private final String requiredKey;
    public final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    /** Completes when a client went away before the whole answer was written. */
    public final CompletableFuture<Void> clientGone = new CompletableFuture<>();
    private volatile short[] pcm = tone(24_000, 500);
    private volatile int chunkSamples = 2_400;
    private volatile int status = 200;
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile boolean hang;

    private LoopbackSpeech(String requiredKey) throws IOException {
        this.requiredKey = requiredKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/audio/speech", exchange -> {
            try (exchange) {
                answer(exchange);
            } catch (IOException e) {
                clientGone.complete(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    /** @param requiredKey the bearer key clients must send; null accepts anything */
    public static LoopbackSpeech start(String requiredKey) throws IOException {
        return new LoopbackSpeech(requiredKey);
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** Answers with {@code samples} (24 kHz) in chunks of {@code chunk} samples. */
    public LoopbackSpeech speaking(short[] samples, int chunk) {
        this.pcm = samples;
        this.chunkSamples = chunk;
        return this;
    }

    /** Writes the first chunk, then waits for {@link CountDownLatch#countDown()} on the returned latch. */
    public CountDownLatch holdingAfterFirstChunk() {
        CountDownLatch latch = new CountDownLatch(1);
        hold = latch;
        return latch;
    }

    public LoopbackSpeech failingWith(int httpStatus) {
        status = httpStatus;
        return this;
    }

    /** Never answers (until closed). */
    public LoopbackSpeech hanging() {
        hang = true;
        return this;
    }

    private void answer(HttpExchange exchange) throws IOException, InterruptedException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(new Request(auth, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        if (requiredKey != null && !("Bearer " + requiredKey).equals(auth)) {
            error(exchange, 401, "Incorrect API key provided.");
            return;
        }
        if (hang) {
            Thread.sleep(60_000);
            return;
        }
        if (status != 200) {
            error(exchange, status, "The server had an error while processing your request.");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "audio/pcm");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        short[] samples = pcm;
        for (int off = 0; off < samples.length; off += chunkSamples) {
            int n = Math.min(chunkSamples, samples.length - off);
            byte[] bytes = new byte[n * 2];
            for (int i = 0; i < n; i++) {
                bytes[2 * i] = (byte) samples[off + i];
                bytes[2 * i + 1] = (byte) (samples[off + i] >> 8);
            }
            out.write(bytes);
            out.flush();
            if (off == 0 && !hold.await(10, TimeUnit.SECONDS)) {
                return;
            }
        }
        out.close();
    }

    private static void error(HttpExchange exchange, int code, String message) throws IOException {
        byte[] body = ("{\"error\":{\"message\":\"" + message + "\",\"type\":\"server_error\",\"param\":null,"
                + "\"code\":null}}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, body.length);
        exchange.getResponseBody().write(body);
    }

    /** {@code ms} of a 440 Hz tone at {@code rate}. */
    public static short[] tone(int rate, int ms) {
        short[] out = new short[rate * ms / 1000];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) (10_000 * Math.sin(2 * Math.PI * 440 * i / rate));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
