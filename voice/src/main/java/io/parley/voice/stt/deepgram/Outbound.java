package io.parley.voice.stt.deepgram;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The sending side of one Deepgram socket. {@link WebSocket} allows one outstanding send at a time, while audio
 * arrives every 20 ms from the session thread (and before the handshake is done), so messages wait here, in order,
 * and go out one after another. The queue is bounded in bytes: a link that cannot keep up fails the stream rather
 * than letting audio pile up.
 */
final class Outbound {

    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private final long maxBytes;
    private final Consumer<Throwable> onFailure;
    private WebSocket socket;
    private boolean inFlight;
    private boolean ended;
    private long queuedBytes;
    private volatile long lastSendNanos = System.nanoTime();

    Outbound(long maxBytes, Consumer<Throwable> onFailure) {
        this.maxBytes = maxBytes;
        this.onFailure = onFailure;
    }

    /** The handshake is done: start sending what waited for it. */
    void connected(WebSocket connected) {
        synchronized (this) {
            socket = connected;
        }
        pump();
    }

    /** Queues raw audio; fails the stream when the backlog exceeds its bound. */
    void audio(byte[] pcm) {
        boolean overflow;
        synchronized (this) {
            if (ended) {
                return;
            }
            overflow = queuedBytes + pcm.length > maxBytes;
            if (!overflow) {
                queue.add(ByteBuffer.wrap(pcm));
                queuedBytes += pcm.length;
            }
        }
        if (overflow) {
            onFailure.accept(new IllegalStateException("Deepgram stream fell more than "
                    + maxBytes * 1000 / (2L * DeepgramConfig.SAMPLE_RATE) + " ms behind the audio"));
            return;
        }
        pump();
    }

    /** Queues a control message ({@code Finalize}, {@code KeepAlive}, {@code CloseStream}). */
    void text(String message) {
        synchronized (this) {
            if (ended) {
                return;
            }
            queue.add(message);
        }
        pump();
    }

    /** Drops what is queued and nothing more goes out. */
    synchronized void discard() {
        ended = true;
        queue.clear();
        queuedBytes = 0;
    }

    /** Nanos of the last send started, for keep-alives. */
    long lastSendNanos() {
        return lastSendNanos;
    }

    private void pump() {
        while (true) {
            Object next;
            WebSocket ws;
            synchronized (this) {
                if (inFlight || socket == null || queue.isEmpty()) {
                    return;
                }
                next = queue.poll();
                inFlight = true;
                ws = socket;
                if (next instanceof ByteBuffer buffer) {
                    queuedBytes -= buffer.remaining();
                }
            }
            lastSendNanos = System.nanoTime();
            CompletableFuture<WebSocket> sent;
            try {
                sent = next instanceof ByteBuffer buffer ? ws.sendBinary(buffer, true)
                        : ws.sendText((String) next, true);
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            if (sent.isDone() && !sent.isCompletedExceptionally()) {
                synchronized (this) {
                    inFlight = false;
                }
                continue;
            }
            sent.whenComplete((w, error) -> {
                synchronized (this) {
                    inFlight = false;
                }
                if (error != null) {
                    discard();
                    onFailure.accept(error);
                } else {
                    pump();
                }
            });
            return;
        }
    }
}
