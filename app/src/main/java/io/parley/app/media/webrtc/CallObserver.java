package io.parley.app.media.webrtc;

import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call's peer connection events. They arrive on WebRTC's native threads, so every handler catches everything
 * (an exception escaping into native code can abort the JVM), never blocks, and never calls back into the peer
 * connection synchronously (closing it joins the very thread reporting the event).
 */
final class CallObserver implements PeerConnectionObserver {

    private static final Logger log = LoggerFactory.getLogger(CallObserver.class);

    private final WebRtcCall call;

    CallObserver(WebRtcCall call) {
        this.call = call;
    }

    @Override
    public void onIceCandidate(RTCIceCandidate candidate) {
        try {
            call.localCandidate(new IceCandidate(candidate.sdp, candidate.sdpMid, candidate.sdpMLineIndex));
        } catch (Throwable failed) {
            log.warn("WebRTC call {}: local candidate dropped", call.id(), failed);
        }
    }

    @Override
    public void onTrack(RTCRtpTransceiver transceiver) {
        try {
            MediaStreamTrack track = transceiver.getReceiver().getTrack();
            if (track instanceof AudioTrack audio && MediaStreamTrack.AUDIO_TRACK_KIND.equals(track.getKind())) {
                call.callerTrack(audio);
            }
        } catch (Throwable failed) {
            log.warn("WebRTC call {}: remote track not attached", call.id(), failed);
        }
    }

    @Override
    public void onConnectionChange(RTCPeerConnectionState state) {
        try {
            log.debug("WebRTC call {}: connection {}", call.id(), state);
            if ((state == RTCPeerConnectionState.FAILED || state == RTCPeerConnectionState.CLOSED)
                    && !call.isClosed()) {
                String reason = state == RTCPeerConnectionState.FAILED
                        ? "network: the connection failed or the caller hung up"
                        : "remote hang-up";
                Thread.ofVirtual().name("webrtc-close-" + call.id()).start(() -> call.close(reason));
            }
        } catch (Throwable failed) {
            log.warn("WebRTC call {}: state change not handled", call.id(), failed);
        }
    }
}
