package io.parley.voice.remote;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test stand-in for Deepgram's live API ({@code /v1/listen}, which cannot be reached from tests): it speaks the
 * wire protocol and nothing more. A test either drives each connection by hand ({@link #nextCall()}: read what the
 * client sent, send {@code Results}, close with any code) or lets it answer on its own
 * ({@link #answering(String...)}: an interim result when audio arrives, a final one after {@code Finalize},
 * {@code Metadata} and a normal close after {@code CloseStream}). It recognises nothing.
 */
public final class LoopbackDeepgram implements AutoCloseable {

    private final LoopbackWebSocketServer server;
    private final String requiredKey;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile List<String> script = List.of();

    private LoopbackDeepgram(String requiredKey) throws IOException {
        this.requiredKey = requiredKey;
        this.server = new LoopbackWebSocketServer(this::accept);
    }

    /** @param requiredKey the key clients must send as {@code Authorization: Token}; null accepts anything */
    public static LoopbackDeepgram start(String requiredKey) throws IOException {
        return new LoopbackDeepgram(requiredKey);
    }

    /** From now on each connection answers by itself with the next transcript (cycling). */
    public LoopbackDeepgram answering(String... transcripts) {
        script = List.of(transcripts);
        return this;
    }

    public URI url() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/v1/listen");
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** The next connection, waiting up to 10 s. */
    public Call nextCall() throws InterruptedException {
        Call call = calls.poll(10, TimeUnit.SECONDS);
        if (call == null) {
            throw new AssertionError("no connection within 10 s");
        }
        return call;
    }

    private LoopbackWebSocketServer.Handler accept(Map<String, String> headers, String path, Map<String, String> query)
            throws LoopbackWebSocketServer.Refused {
        if (!"/v1/listen".equals(path)) {
            throw new LoopbackWebSocketServer.Refused(404);
        }
        if (requiredKey != null && !("Token " + requiredKey).equals(headers.get("authorization"))) {
            throw new LoopbackWebSocketServer.Refused(401);
        }
        int n = connections.getAndIncrement();
        List<String> answers = script;
        return new Call(headers, query, answers.isEmpty() ? null : answers.get(n % answers.size()), calls::add);
    }

    /** A {@code Results} message as Deepgram sends it. */
    public static String results(String transcript, double confidence, boolean isFinal, boolean speechFinal,
                                 boolean fromFinalize) {
        return "{\"type\":\"Results\",\"channel_index\":[0,1],\"duration\":0.5,\"start\":0.0,\"is_final\":" + isFinal
                + ",\"speech_final\":" + speechFinal + ",\"from_finalize\":" + fromFinalize
                + ",\"channel\":{\"alternatives\":[{\"transcript\":\"" + transcript + "\",\"confidence\":" + confidence
                + ",\"words\":[]}]},\"metadata\":{\"request_id\":\"r1\",\"model_uuid\":\"m1\"}}";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** One client connection, seen from the service's side. */
    public static final class Call implements LoopbackWebSocketServer.Handler {
        public final Map<String, String> headers;
        public final Map<String, String> query;
        private final String answer;
        private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        private final AtomicInteger audioBytes = new AtomicInteger();
        private volatile LoopbackWebSocketServer.Peer peer;
        private volatile int closeCode;
        private final java.util.function.Consumer<Call> opened;
        private boolean answeredInterim;

        Call(Map<String, String> headers, Map<String, String> query, String answer,
             java.util.function.Consumer<Call> opened) {
            this.headers = headers;
            this.query = query;
            this.answer = answer;
            this.opened = opened;
        }

        @Override
        public void onOpen(LoopbackWebSocketServer.Peer connected) {
            peer = connected;
            opened.accept(this);
        }

        @Override
        public void onText(String text) {
            texts.add(text);
            if (answer == null) {
                return;
            }
            if (text.contains("\"Finalize\"")) {
                send(results(answer, 0.93, true, false, true));
            } else if (text.contains("\"CloseStream\"")) {
                send("{\"type\":\"Metadata\",\"request_id\":\"r1\",\"duration\":1.0,\"channels\":1}");
                close(1000, "");
            }
        }

        @Override
        public void onBinary(byte[] data) {
            audioBytes.addAndGet(data.length);
            if (answer != null && !answeredInterim) {
                answeredInterim = true;
                send(results(answer.split(" ")[0], 0.5, false, false, false));
            }
        }

        @Override
        public void onClosed(int code) {
            closeCode = code;
        }

        public void send(String message) {
            peer.text(message);
        }

        public void close(int code, String reason) {
            peer.close(code, reason);
        }

        public void abort() throws IOException {
            peer.abort();
        }

        public int audioBytes() {
            return audioBytes.get();
        }

        /** The close code the client sent (1006: it dropped the connection), or 0 while open. */
        public int closeCode() {
            return closeCode;
        }

        /** Waits up to 10 s for the client's next text message. */
        public String nextText() throws InterruptedException {
            String text = texts.poll(10, TimeUnit.SECONDS);
            if (text == null) {
                throw new AssertionError("no message from the client within 10 s");
            }
            return text;
        }

        /** Waits for a message of {@code type}, skipping others (keep-alives). */
        public String awaitType(String type) throws InterruptedException {
            while (true) {
                String text = nextText();
                if (text.replace(" ", "").contains("\"type\":\"" + type + "\"")) {
                    return text;
                }
            }
        }
    }
}
