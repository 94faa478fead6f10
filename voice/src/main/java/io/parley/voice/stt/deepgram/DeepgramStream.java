package io.parley.voice.stt.deepgram;

import io.parley.voice.remote.RemoteTransport;
import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttStream;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One utterance on one Deepgram socket. Audio is queued (never sent from the session thread itself), interim and
 * final {@code Results} become partial transcripts, and after {@link #finish()} the stream delivers exactly one
 * final transcript: at once when the service's endpointing already closed the utterance, else on the answer to
 * {@code Finalize}, or on {@code Metadata} / a normal close if that comes first. Any failure before that becomes
 * one {@link SttListener#error}, which the session turns into a fallback to the next recogniser.
 */
final class DeepgramStream implements SttStream, WebSocket.Listener {

    private static final Logger log = LoggerFactory.getLogger(DeepgramStream.class);
    private static final String FINALIZE = "{\"type\":\"Finalize\"}";
    private static final String KEEP_ALIVE = "{\"type\":\"KeepAlive\"}";
    private static final String CLOSE_STREAM = "{\"type\":\"CloseStream\"}";
    /** How long a finished or dropped socket may take to close before it is cut. */
    private static final Duration LINGER = Duration.ofSeconds(3);

    private final SttListener listener;
    private final RemoteTransport transport;
    private final Outbound outbound;
    private final Duration keepAliveInterval;
    private final AtomicBoolean terminal = new AtomicBoolean();
    private final StringBuilder incoming = new StringBuilder();
    private final UtteranceText heard = new UtteranceText();
    private volatile boolean finishing;
    private volatile boolean closed;
    private volatile WebSocket socket;
    private volatile Future<?> keepAlive;

    DeepgramStream(DeepgramConfig config, RemoteTransport transport, SttListener listener) {
        this.listener = listener;
        this.transport = transport;
        this.keepAliveInterval = config.keepAliveInterval();
        this.outbound = new Outbound((long) config.maxBacklogMs() * DeepgramConfig.SAMPLE_RATE * 2 / 1000, this::fail);
    }

    void connect(DeepgramConfig config, URI uri) {
        if (closed) {
            return; // dropped before it connected
        }
        WebSocket.Builder builder = transport.http().newWebSocketBuilder().connectTimeout(config.connectTimeout());
        if (config.hasKey()) {
            builder.header("Authorization", "Token " + config.apiKey());
        }
        java.util.concurrent.CompletableFuture<WebSocket> connecting;
        try {
            connecting = builder.buildAsync(uri, this);
        } catch (RuntimeException e) {
            fail(describe(e));
            return;
        }
        connecting.whenComplete((ws, error) -> {
            if (error != null) {
                fail(describe(error));
            } else if (closed || terminal.get()) {
                ws.abort(); // dropped or failed while connecting
            } else {
                socket = ws;
                outbound.connected(ws);
                keepAlive = transport.every(this::keepAlive, keepAliveInterval);
            }
        });
    }

    @Override
    public void accept(short[] pcm) {
        if (finishing || closed) {
            throw new IllegalStateException("audio after finish() or close()");
        }
        if (pcm.length == 0 || terminal.get()) {
            return;
        }
        byte[] bytes = new byte[pcm.length * 2];
        for (int i = 0; i < pcm.length; i++) {
            bytes[2 * i] = (byte) pcm[i];
            bytes[2 * i + 1] = (byte) (pcm[i] >> 8);
        }
        outbound.audio(bytes);
    }

    @Override
    public void finish() {
        if (finishing || closed) {
            return;
        }
        finishing = true;
        outbound.text(FINALIZE);
        outbound.text(CLOSE_STREAM);
        boolean ready;
        synchronized (heard) {
            ready = heard.settled();
        }
        if (ready) {
            // the service already heard the end of speech: no need to wait for the answer to Finalize
            transport.execute(this::deliverFinal);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        terminal.set(true);
        stopKeepAlive();
        if (!finishing) {
            outbound.discard();
            WebSocket ws = socket;
            if (ws != null) {
                try {
                    ws.sendClose(WebSocket.NORMAL_CLOSURE, "");
                } catch (RuntimeException e) {
                    ws.abort();
                }
            }
        }
        transport.schedule(this::abort, LINGER);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        incoming.append(data);
        webSocket.request(1);
        if (last) {
            String message = incoming.toString();
            incoming.setLength(0);
            try {
                handle(DeepgramMessage.parse(message));
            } catch (IllegalArgumentException e) {
                fail(e);
            }
        }
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        stopKeepAlive();
        if (finishing && statusCode == WebSocket.NORMAL_CLOSURE) {
            deliverFinal();
        } else {
            fail(new IllegalStateException("Deepgram closed the stream (" + statusCode
                    + (reason == null || reason.isBlank() ? "" : " " + reason) + ")"));
        }
        if (!webSocket.isOutputClosed()) {
            try {
                webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "");
            } catch (RuntimeException e) {
                webSocket.abort();
            }
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        fail(error);
    }

    private void handle(DeepgramMessage message) {
        switch (message) {
            case DeepgramMessage.Results r -> onResults(r);
            case DeepgramMessage.Metadata m -> {
                if (finishing) {
                    deliverFinal();
                }
            }
            case DeepgramMessage.Error e -> fail(new IllegalStateException("Deepgram error: " + e.description()));
            case DeepgramMessage.Other o -> { }
        }
    }

    private void onResults(DeepgramMessage.Results r) {
        String partial;
        synchronized (heard) {
            partial = heard.add(r);
        }
        if (r.fromFinalize() && finishing) {
            deliverFinal();
        } else if (partial != null && !finishing && !terminal.get()) {
            safely(listener::partial, partial);
        }
    }

    private void deliverFinal() {
        if (!terminal.compareAndSet(false, true)) {
            return;
        }
        String text;
        double confidence;
        synchronized (heard) {
            text = heard.text();
            confidence = heard.confidence();
        }
        stopKeepAlive();
        try {
            listener.fin(text, confidence);
        } catch (RuntimeException e) {
            log.warn("STT listener threw on the final transcript", e);
        }
    }

    private void fail(Throwable error) {
        if (!terminal.compareAndSet(false, true)) {
            return;
        }
        stopKeepAlive();
        outbound.discard();
        abort();
        try {
            listener.error(error);
        } catch (RuntimeException e) {
            log.warn("STT listener threw on an error", e);
        }
    }

    private void keepAlive() {
        if (System.nanoTime() - outbound.lastSendNanos() >= keepAliveInterval.toNanos()) {
            outbound.text(KEEP_ALIVE);
        }
    }

    private void stopKeepAlive() {
        Future<?> task = keepAlive;
        if (task != null) {
            task.cancel(false);
        }
    }

    private void abort() {
        WebSocket ws = socket;
        if (ws != null && !(ws.isInputClosed() && ws.isOutputClosed())) {
            ws.abort();
        }
    }

    private static Throwable describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof WebSocketHandshakeException handshake) {
            int status = handshake.getResponse().statusCode();
            return new IllegalStateException("Deepgram refused the stream: HTTP " + status
                    + (status == 401 ? " (check the API key)" : ""), cause);
        }
        return new IllegalStateException("Deepgram is unreachable: " + cause, cause);
    }

    private static void safely(java.util.function.Consumer<String> call, String text) {
        try {
            call.accept(text);
        } catch (RuntimeException e) {
            log.warn("STT listener threw; the stream carries on", e);
        }
    }
}
