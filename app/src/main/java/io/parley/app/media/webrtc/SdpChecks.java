package io.parley.app.media.webrtc;

/**
 * Checks a client's SDP before it reaches native code: the WebRTC stack reports most malformed SDP as an error,
 * but an obviously wrong offer is cheaper and clearer to refuse here, with a message the client can act on.
 */
final class SdpChecks {

    static final int MAX_SDP_CHARS = 64 * 1024;

    private SdpChecks() {
    }

    static String offer(String sdp) {
        if (sdp == null || sdp.isBlank()) {
            throw WebRtcException.badInput("the SDP offer is empty");
        }
        if (sdp.length() > MAX_SDP_CHARS) {
            throw WebRtcException.badInput("the SDP offer is longer than " + MAX_SDP_CHARS + " characters");
        }
        if (sdp.indexOf('\0') >= 0) {
            throw WebRtcException.badInput("the SDP offer contains a NUL character");
        }
        if (!sdp.startsWith("v=0")) {
            throw WebRtcException.badInput("the SDP offer must start with v=0");
        }
        if (!sdp.contains("\nm=audio ")) {
            throw WebRtcException.badInput("the SDP offer has no audio section (m=audio)");
        }
        return sdp;
    }
}
