package io.parley.bench.load.caller;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * Sends on one WebSocket in order. The JDK client accepts one outstanding send at a time, so messages wait in a
 * small queue while one is in flight; a queue that fills (the node stopped reading) drops audio frames, counted by
 * the caller, never text.
 */
final class SocketSender implements MediaLink.SessionSocket {

    /** One second of audio. */
    static final int MAX_PENDING = 50;

    private final WebSocket socket;
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private boolean inFlight;
    private volatile boolean failed;

    SocketSender(WebSocket socket) {
        this.socket = socket;
    }

    /** Queues a frame; false when it had to be dropped. */
    @Override
    public synchronized boolean sendBinary(byte[] frame) {
        if (failed || (inFlight && pending.size() >= MAX_PENDING)) {
            return false;
        }
        enqueue(frame);
        return true;
    }

    @Override
    public synchronized void sendText(String text) {
        if (!failed) {
            enqueue(text);
        }
    }

    boolean failed() {
        return failed;
    }

    private void enqueue(Object message) {
        if (inFlight) {
            pending.add(message);
            return;
        }
        inFlight = true;
        dispatch(message);
    }

    private void dispatch(Object message) {
        CompletableFuture<WebSocket> sent;
        try {
            sent = message instanceof String text ? socket.sendText(text, true)
                    : socket.sendBinary(ByteBuffer.wrap((byte[]) message), true);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((ws, error) -> next(error));
    }

    private synchronized void next(Throwable error) {
        if (error != null) {
            failed = true;
            pending.clear();
        }
        Object message = pending.poll();
        if (message == null) {
            inFlight = false;
        } else {
            dispatch(message);
        }
    }
}
