package io.parley.app.media.webrtc;

/**
 * One trickled ICE candidate, in the shape of a browser's {@code RTCIceCandidateInit}.
 *
 * @param candidate     the {@code candidate:...} attribute line
 * @param sdpMid        the media section's mid, may be null when {@code sdpMLineIndex} is given
 * @param sdpMLineIndex the media section's index
 */
public record IceCandidate(String candidate, String sdpMid, int sdpMLineIndex) {

    public IceCandidate {
        if (candidate == null) {
            throw new IllegalArgumentException("an ICE candidate needs its candidate line");
        }
        if (sdpMLineIndex < 0) {
            throw new IllegalArgumentException("sdpMLineIndex must not be negative: " + sdpMLineIndex);
        }
    }
}
