package io.parley.app.session;

import io.parley.voice.audio.Pcm16;
import io.parley.voice.audio.WavFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A caller over the session socket with the JDK's WebSocket client: streams 20 ms frames at real-time pace (speech,
 * then line silence, as a real call does), and records every event and all agent audio it receives.
 */
final class TestCaller implements WebSocket.Listener, AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    final ByteArrayOutputStream agentAudio = new ByteArrayOutputStream();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final List<short[]> queue = new CopyOnWriteArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final StringBuilder partialText = new StringBuilder();
    private WebSocket socket;

    static TestCaller connect(String url) {
        TestCaller caller = new TestCaller();
        caller.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(url), caller).join();
        return caller;
    }

    /** Speech synthesized by espeak-ng, as 16 kHz mono. */
    static short[] speech(String text) throws IOException, InterruptedException {
        Path wav = Files.createTempFile("caller", ".wav");
        Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "150", "-w", wav.toString(), text)
                .redirectErrorStream(true).start();
        if (p.waitFor() != 0) {
            throw new IOException("espeak-ng failed");
        }
        WavFile.Audio audio = WavFile.read(wav).resampledTo(16000);
        Files.deleteIfExists(wav);
        return audio.samples();
    }

    // The JDK client allows one send at a time, and the pacer sends while the test does.
    synchronized void send(Map<String, ?> message) {
        socket.sendText(JSON.writeValueAsString(message), true).join();
    }

    synchronized void socketText(String raw) {
        socket.sendText(raw, true).join();
    }

    synchronized void sendBinary(byte[] payload) {
        socket.sendBinary(ByteBuffer.wrap(payload), true).join();
    }

    /** Starts streaming: queued speech first, line silence when there is none. */
    void startStreaming() {
        pacer.scheduleAtFixedRate(() -> {
            short[] frame = queue.isEmpty() ? new short[320] : queue.removeFirst();
            sendBinary(Pcm16.toBytesLE(frame));
            sent.incrementAndGet();
        }, 0, 20, TimeUnit.MILLISECONDS);
    }

    void say(short[] samples) {
        List<short[]> frames = new ArrayList<>();
        for (int i = 0; i + 320 <= samples.length; i += 320) {
            frames.add(java.util.Arrays.copyOfRange(samples, i, i + 320));
        }
        queue.addAll(frames);
    }

    boolean saidEverything() {
        return queue.isEmpty();
    }

    Map<String, Object> awaitEvent(Predicate<Map<String, Object>> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Map<String, Object> e : events) {
                if (match.test(e)) {
                    return e;
                }
            }
            Thread.onSpinWait();
            TimeUnit.MILLISECONDS.sleep(10);
        }
        throw new AssertionError("no matching event within " + timeout + "; got " + events);
    }

    static Predicate<Map<String, Object>> type(String type) {
        return e -> type.equals(e.get("type"));
    }

    byte[] agentAudioSoFar() {
        synchronized (agentAudio) {
            return agentAudio.toByteArray();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partialText.append(data);
        if (last) {
            @SuppressWarnings("unchecked")
            Map<String, Object> event = JSON.readValue(partialText.toString(), Map.class);
            events.add(event);
            partialText.setLength(0);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        synchronized (agentAudio) {
            agentAudio.writeBytes(bytes);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        closeCode.completeExceptionally(error);
    }

    void drop() {
        pacer.shutdownNow();
        socket.abort();
    }

    @Override
    public void close() {
        pacer.shutdownNow();
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
