package io.parley.app.media.webrtc;

import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsType;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens a call's agent audio path only once it is safe to push into the native send stream: the stream has
 * started (it has sent packets, which at that point can only come from the audio module's capture thread that
 * WebRTC started with it) and that capture thread has been stopped again. Before that, a push could run
 * concurrently with the capture thread inside the send stream, which the native library treats as fatal.
 * Used only from the plane's single pacer thread.
 */
final class SendStreamGate {

    private final WebRtcEngine engine;
    private final RTCPeerConnection peer;
    /** Ticks between two stats requests while waiting: a stats report is not free, 50 ms of delay is. */
    private static final int TICKS_BETWEEN_CHECKS = 5;

    private final AtomicBoolean statsPending = new AtomicBoolean();
    private int ticksUntilCheck;
    private volatile boolean streamStarted;
    private boolean open;

    SendStreamGate(WebRtcEngine engine, RTCPeerConnection peer) {
        this.engine = engine;
        this.peer = peer;
    }

    /** True when agent audio may be pushed now; otherwise asks WebRTC whether the send stream has started. */
    boolean readyToPush() {
        if (open) {
            // Cheap when not recording; a later restart of the send stream would start the capture thread again.
            engine.stopRecording();
            return true;
        }
        if (streamStarted) {
            engine.stopRecording();
            open = true;
            return true;
        }
        if (ticksUntilCheck-- > 0) {
            return false;
        }
        ticksUntilCheck = TICKS_BETWEEN_CHECKS;
        if (statsPending.compareAndSet(false, true)) {
            peer.getStats(report -> {
                try {
                    for (RTCStats stats : report.getStats().values()) {
                        if (stats.getType() == RTCStatsType.OUTBOUND_RTP
                                && stats.getAttributes().get("packetsSent") instanceof Number sent
                                && sent.longValue() > 0) {
                            streamStarted = true;
                        }
                    }
                } catch (Throwable ignored) {
                    // A malformed report only delays the gate to the next tick.
                } finally {
                    statsPending.set(false);
                }
            });
        }
        return false;
    }
}
