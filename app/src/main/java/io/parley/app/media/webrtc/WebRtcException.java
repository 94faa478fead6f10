package io.parley.app.media.webrtc;

/**
 * A call could not be set up or renegotiated: the offer was malformed, the node is at capacity, or the WebRTC
 * stack failed. The message is safe to show the client; the signaling layer turns it into an error event.
 */
public class WebRtcException extends IllegalArgumentException {

    private final Reason reason;

    public enum Reason {
        /** The client's SDP or candidate cannot be used. */
        BAD_INPUT,
        /** This node already holds {@code parley.webrtc.max-peers} calls. */
        AT_CAPACITY,
        /** Negotiation failed or timed out inside the WebRTC stack. */
        NEGOTIATION_FAILED,
        /** The call or the plane is already closed. */
        CLOSED
    }

    public WebRtcException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static WebRtcException badInput(String message) {
        return new WebRtcException(Reason.BAD_INPUT, message);
    }

    static WebRtcException atCapacity(int maxPeers) {
        return new WebRtcException(Reason.AT_CAPACITY,
                "this node is at its limit of " + maxPeers + " WebRTC calls; try again later");
    }

    static WebRtcException negotiationFailed(String message) {
        return new WebRtcException(Reason.NEGOTIATION_FAILED, message);
    }

    static WebRtcException closed(String what) {
        return new WebRtcException(Reason.CLOSED, what + " is closed");
    }
}
