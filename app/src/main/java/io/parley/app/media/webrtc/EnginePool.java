package io.parley.app.media.webrtc;

import java.util.ArrayDeque;

/**
 * Reuses per-call native stacks. A call still owns its {@link WebRtcEngine} alone while it lives; when it ends,
 * the engine goes back here for the next call instead of being disposed. Why: webrtc-java 0.14 never releases a
 * closed peer connection, and a leaked connection keeps its factory's media engine alive, so disposing a factory
 * after each call would leak that engine's threads (two per call). Reusing factories bounds the threads by peak
 * concurrency ({@code parley.webrtc.max-peers} at most); only the small closed-connection objects remain.
 */
final class EnginePool implements AutoCloseable {

    private final ArrayDeque<WebRtcEngine> idle = new ArrayDeque<>();
    private boolean closed;

    synchronized WebRtcEngine take() {
        if (closed) {
            throw WebRtcException.closed("the WebRTC plane");
        }
        WebRtcEngine engine = idle.pollFirst();
        return engine != null ? engine : new WebRtcEngine();
    }

    /** Returns an engine whose peer connection is closed. */
    void give(WebRtcEngine engine) {
        synchronized (this) {
            if (!closed) {
                // Its capture thread may have been restarted by the last call's send stream; the next call's
                // send gate stops it again before pushing, and it is harmless while no stream is sending.
                idle.addFirst(engine);
                return;
            }
        }
        engine.close();
    }

    synchronized int idleEngines() {
        return idle.size();
    }

    @Override
    public void close() {
        ArrayDeque<WebRtcEngine> disposing;
        synchronized (this) {
            closed = true;
            disposing = new ArrayDeque<>(idle);
            idle.clear();
        }
        disposing.forEach(WebRtcEngine::close);
    }
}
