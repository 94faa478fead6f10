/**
 * The embedded WebRTC media plane: the JVM is the browser's WebRTC peer (webrtc-java over native libwebrtc, with a
 * headless audio device module, so no sound card or sound server is needed).
 *
 * <p>Public face: {@link io.parley.app.media.webrtc.WebRtcPlane#answer} gives a
 * {@link io.parley.app.media.webrtc.WebRtcCall}, which is a {@link io.parley.app.media.CallerLeg} plus the
 * signaling hooks (answer SDP, trickle ICE both ways, ICE restart); {@link io.parley.app.media.webrtc.TurnCredentials}
 * issues TURN REST credentials for coturn's {@code use-auth-secret}.
 *
 * <p>Native rules this package keeps, because breaking them crashes the JVM rather than throwing:
 * <ul>
 *   <li>every WebRTC callback catches everything and never calls back into the peer connection synchronously;
 *   <li>agent audio is pushed from one pacer thread, and only after the call's send gate has stopped the capture
 *       thread that WebRTC starts with the sending stream (see {@code WebRtcEngine} and {@code SendStreamGate});
 *   <li>teardown goes sink, peer connection, source, then the call's factory and audio module, never a track
 *       still held by a sender.
 * </ul>
 */
package io.parley.app.media.webrtc;
