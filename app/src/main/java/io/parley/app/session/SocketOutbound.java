package io.parley.app.session;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * The server-to-client half of a session socket: a bounded queue of text (events) and binary (audio) messages,
 * written from the call's thread and from Netty's. A client too slow to drain it loses audio messages (counted),
 * never events: a full queue closes the socket instead of silently dropping an event.
 */
final class SocketOutbound {

    static final int CAPACITY = 1024;

    private final WebSocketSession ws;
    private final Sinks.Many<WebSocketMessage> sink =
            Sinks.many().unicast().onBackpressureBuffer(Queues.<WebSocketMessage>get(CAPACITY).get());
    private final AtomicLong droppedAudio = new AtomicLong();
    private volatile CloseStatus closeStatus = CloseStatus.NORMAL;
    private volatile boolean completed;

    SocketOutbound(WebSocketSession ws) {
        this.ws = ws;
    }

    Flux<WebSocketMessage> messages() {
        return sink.asFlux();
    }

    synchronized void text(String json) {
        if (completed) {
            return;
        }
        if (sink.tryEmitNext(ws.textMessage(json)).isFailure()) {
            close(new CloseStatus(1008, "client is not reading its events"));
        }
    }

    synchronized void binary(byte[] payload) {
        if (completed) {
            return;
        }
        if (sink.tryEmitNext(ws.binaryMessage(factory -> factory.wrap(payload))).isFailure()) {
            droppedAudio.incrementAndGet();
        }
    }

    /** Sends what is queued, then closes with {@code status}. */
    synchronized void close(CloseStatus status) {
        if (completed) {
            return;
        }
        completed = true;
        closeStatus = status;
        sink.tryEmitComplete();
    }

    /** Runs after the queue is drained: closes the socket with the status chosen by {@link #close}. */
    Mono<Void> closeSocket() {
        return ws.isOpen() ? ws.close(closeStatus) : Mono.empty();
    }

    long droppedAudio() {
        return droppedAudio.get();
    }
}
