package io.parley.app.media.webrtc;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.RTCAnswerOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The answerer's half of an offer/answer exchange, made blocking with a deadline. WebRTC reports each step on its
 * signaling thread; these observers only complete a future there, never call back into the peer connection.
 */
final class SdpSteps {

    private final Duration timeout;

    SdpSteps(Duration timeout) {
        this.timeout = timeout;
    }

    /** Applies the browser's offer and returns the local answer, already set as local description. */
    String answer(RTCPeerConnection peer, String offerSdp) {
        applyOffer(peer, offerSdp);
        return createAndSetAnswer(peer);
    }

    void applyOffer(RTCPeerConnection peer, String offerSdp) {
        CompletableFuture<Void> applied = new CompletableFuture<>();
        try {
            peer.setRemoteDescription(new RTCSessionDescription(RTCSdpType.OFFER, offerSdp),
                    settingObserver(applied));
        } catch (Error | RuntimeException unparsable) {
            // The native binding reports SDP it cannot parse as java.lang.Error, synchronously.
            throw WebRtcException.badInput("the SDP offer could not be parsed: " + unparsable.getMessage());
        }
        String error = await(applied, "applying the offer");
        if (error != null) {
            throw WebRtcException.badInput("the SDP offer was rejected: " + error);
        }
    }

    String createAndSetAnswer(RTCPeerConnection peer) {
        CompletableFuture<RTCSessionDescription> created = new CompletableFuture<>();
        try {
            peer.createAnswer(new RTCAnswerOptions(), answerObserver(created));
        } catch (Error | RuntimeException failed) {
            throw WebRtcException.negotiationFailed("the answer could not be created: " + failed.getMessage());
        }
        RTCSessionDescription answer = awaitValue(created, "creating the answer");
        CompletableFuture<Void> set = new CompletableFuture<>();
        try {
            peer.setLocalDescription(answer, settingObserver(set));
        } catch (Error | RuntimeException failed) {
            throw WebRtcException.negotiationFailed("the answer could not be applied: " + failed.getMessage());
        }
        String error = await(set, "setting the answer");
        if (error != null) {
            throw WebRtcException.negotiationFailed("the answer could not be applied: " + error);
        }
        return answer.sdp;
    }

    private static CreateSessionDescriptionObserver answerObserver(CompletableFuture<RTCSessionDescription> created) {
        return new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                created.complete(description);
            }

            @Override
            public void onFailure(String error) {
                created.completeExceptionally(new IllegalStateException(error));
            }
        };
    }

    private static SetSessionDescriptionObserver settingObserver(CompletableFuture<Void> done) {
        return new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                done.complete(null);
            }

            @Override
            public void onFailure(String error) {
                done.completeExceptionally(new IllegalStateException(error));
            }
        };
    }

    /** Null on success, the stack's error text on failure. */
    private String await(CompletableFuture<Void> step, String what) {
        try {
            awaitValue(step, what);
            return null;
        } catch (StepFailed failed) {
            return failed.getMessage();
        }
    }

    private <T> T awaitValue(CompletableFuture<T> step, String what) {
        try {
            return step.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            String message = failed.getCause() == null ? String.valueOf(failed) : failed.getCause().getMessage();
            throw new StepFailed(message == null ? what + " failed" : message);
        } catch (TimeoutException late) {
            throw WebRtcException.negotiationFailed(what + " took longer than " + timeout.toMillis() + " ms");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw WebRtcException.negotiationFailed(what + " was interrupted");
        }
    }

    private static final class StepFailed extends WebRtcException {
        StepFailed(String message) {
            super(Reason.NEGOTIATION_FAILED, message);
        }
    }
}
