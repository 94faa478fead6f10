package io.parley.app.media;

import io.parley.app.media.webrtc.IceCandidate;

/**
 * A caller's WebRTC leg, whichever peer answers it (the node itself, or a Kurento media server): the SDP answer,
 * trickle ICE and ICE restart, on top of the audio every leg carries.
 */
public interface WebRtcLeg extends CallerLeg {

    String answerSdp();

    /** The answer has reached the browser: local candidates may now be sent (browsers drop earlier ones). */
    void answerDelivered();

    /** @throws io.parley.app.media.webrtc.WebRtcException for a malformed candidate */
    void addRemoteCandidate(IceCandidate candidate);

    /**
     * Renegotiates ICE for the same call on the same peer (on Kurento: a new endpoint in the call's pipeline); returns
     * the new answer. Local candidates for it wait for {@link #answerDelivered()} again.
     */
    String restartIce(String newOfferSdp);
}
