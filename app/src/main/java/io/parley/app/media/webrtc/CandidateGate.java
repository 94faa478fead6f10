package io.parley.app.media.webrtc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a call's local ICE candidates until the answer they belong to is on its way to the browser, which rejects
 * candidates that arrive before their answer; then delivers them in order, and later ones at once. Closed again for
 * each ICE restart. Candidates come from a WebRTC thread; the listener's failures are logged, never thrown back.
 */
final class CandidateGate {

    private static final Logger log = LoggerFactory.getLogger(CandidateGate.class);

    private final Consumer<IceCandidate> listener;
    private final List<IceCandidate> held = new ArrayList<>();
    private boolean open;

    CandidateGate(Consumer<IceCandidate> listener) {
        this.listener = Objects.requireNonNull(listener, "onLocalCandidate");
    }

    void offer(IceCandidate candidate) {
        synchronized (this) {
            if (!open) {
                held.add(candidate);
                return;
            }
        }
        deliver(candidate);
    }

    void open() {
        List<IceCandidate> release;
        synchronized (this) {
            open = true;
            release = List.copyOf(held);
            held.clear();
        }
        release.forEach(this::deliver);
    }

    synchronized void close() {
        open = false;
    }

    private void deliver(IceCandidate candidate) {
        try {
            listener.accept(candidate);
        } catch (RuntimeException failed) {
            log.warn("local ICE candidate listener failed", failed);
        }
    }
}
