package io.parley.app.media.webrtc;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Produces real SDP offers with libwebrtc itself, for plane tests that need a valid offer but no media (the browser
 * tests cover media). Its own native stack, torn down in the library's order.
 */
final class JvmOfferer implements AutoCloseable {

    private final WebRtcEngine engine = new WebRtcEngine();
    private final RTCPeerConnection peer;

    JvmOfferer() {
        peer = engine.factory().createPeerConnection(new RTCConfiguration(), new PeerConnectionObserver() {
            @Override
            public void onIceCandidate(RTCIceCandidate candidate) {
                // Not needed: these offers are only answered, never connected.
            }
        });
        AudioTrack track = engine.factory().createAudioTrack("offerer-mic",
                engine.factory().createAudioSource(new AudioOptions()));
        peer.addTrack(track, List.of("offerer"));
    }

    String offer() throws Exception {
        return offer(false);
    }

    String offer(boolean iceRestart) throws Exception {
        RTCOfferOptions options = new RTCOfferOptions();
        options.iceRestart = iceRestart;
        CompletableFuture<RTCSessionDescription> created = new CompletableFuture<>();
        peer.createOffer(options, new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                created.complete(description);
            }

            @Override
            public void onFailure(String error) {
                created.completeExceptionally(new IllegalStateException(error));
            }
        });
        RTCSessionDescription offer = created.get(5, TimeUnit.SECONDS);
        CompletableFuture<Void> set = new CompletableFuture<>();
        peer.setLocalDescription(offer, new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                set.complete(null);
            }

            @Override
            public void onFailure(String error) {
                set.completeExceptionally(new IllegalStateException(error));
            }
        });
        set.get(5, TimeUnit.SECONDS);
        return offer.sdp;
    }

    @Override
    public void close() {
        peer.close();
        engine.close();
    }
}
