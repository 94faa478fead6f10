package io.parley.app.media;

import io.parley.app.media.webrtc.IceCandidate;
import io.parley.app.media.webrtc.IceServer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Answers browsers' WebRTC offers. The embedded plane (the JVM is the peer) is the default on one node; a Kurento
 * pool takes over when configured. The session socket only knows this interface.
 */
public interface WebRtcMediaPlane {

    /**
     * @param onLocalCandidate receives the peer's ICE candidates (held until {@link WebRtcLeg#answerDelivered()})
     * @throws io.parley.app.media.webrtc.WebRtcException with a reason safe to show the client
     */
    WebRtcLeg answer(String offerSdp, List<IceServer> iceServers, Consumer<IceCandidate> onLocalCandidate);
}
