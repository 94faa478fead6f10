package io.parley.app.session;

import io.parley.app.media.WebRtcLeg;
import io.parley.app.media.WebRtcMediaPlane;
import io.parley.app.media.webrtc.IceCandidate;
import io.parley.app.media.webrtc.WebRtcException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebRTC half of a session socket: the client's offer is answered by the configured media plane (the node's own
 * peer, or a Kurento server), candidates trickle both ways, and an ICE restart renegotiates on the same peer - or,
 * when that peer is gone (its media server died), is answered by a fresh one for the same call. Media then flows over
 * WebRTC; the socket keeps carrying events.
 */
final class WebRtcSignaling {

    private final WebRtcMediaPlane plane;
    private final JsonMapper json;
    private final Consumer<String> sendText;
    private final BiConsumer<String, String> error;
    private volatile WebRtcLeg call;

    WebRtcSignaling(WebRtcMediaPlane plane, JsonMapper json, Consumer<String> sendText, BiConsumer<String, String> error) {
        this.plane = plane;
        this.json = json;
        this.sendText = sendText;
        this.error = error;
    }

    /** Answers the offer in {@code start.sdp}; returns the call, or null after reporting why not. Blocking. */
    WebRtcLeg answer(JsonNode start) {
        return answer(start, false);
    }

    /**
     * Answers the offer of a {@code start}, or of an {@code ice_restart} whose peer is gone ({@code restart}: the
     * answer says so), on a fresh peer; returns the call, or null after reporting why not. Blocking.
     */
    WebRtcLeg answer(JsonNode offerMessage, boolean restart) {
        String offer = offerMessage.path("sdp").asString("");
        if (offer.isBlank()) {
            error.accept("bad_sdp", "a webrtc " + (restart ? "ice_restart" : "start")
                    + " needs the browser's offer in \"sdp\"");
            return null;
        }
        try {
            WebRtcLeg answered = plane.answer(offer, List.of(), this::sendCandidate);
            sendText.accept(json.writeValueAsString(restart
                    ? Map.of("type", "sdp_answer", "sdp", answered.answerSdp(), "restart", true)
                    : Map.of("type", "sdp_answer", "sdp", answered.answerSdp())));
            answered.answerDelivered();
            call = answered;
            return answered;
        } catch (WebRtcException e) {
            error.accept(code(e), e.getMessage());
            return null;
        }
    }

    void remoteCandidate(JsonNode msg) {
        WebRtcLeg current = call;
        JsonNode c = msg.path("candidate");
        if (current == null) {
            error.accept("not_started", "send a webrtc start with an offer before candidates");
            return;
        }
        if (!c.path("candidate").isString()) {
            error.accept("bad_candidate", "ice_candidate needs {\"candidate\":{\"candidate\",\"sdpMid\",\"sdpMLineIndex\"}}");
            return;
        }
        try {
            current.addRemoteCandidate(new IceCandidate(c.path("candidate").asString(),
                    c.path("sdpMid").asString(null), c.path("sdpMLineIndex").asInt(0)));
        } catch (WebRtcException e) {
            error.accept("bad_candidate", e.getMessage());
        }
    }

    void restart(JsonNode msg) {
        WebRtcLeg current = call;
        if (current == null) {
            error.accept("not_started", "there is no WebRTC call to restart");
            return;
        }
        try {
            String answer = current.restartIce(msg.path("sdp").asString(""));
            sendText.accept(json.writeValueAsString(Map.of("type", "sdp_answer", "sdp", answer, "restart", true)));
            current.answerDelivered();
        } catch (WebRtcException e) {
            error.accept(code(e), e.getMessage());
        }
    }

    private void sendCandidate(IceCandidate c) {
        sendText.accept(json.writeValueAsString(Map.of("type", "ice_candidate", "candidate", Map.of(
                "candidate", c.candidate(), "sdpMid", c.sdpMid() == null ? "" : c.sdpMid(),
                "sdpMLineIndex", c.sdpMLineIndex()))));
    }

    private static String code(WebRtcException e) {
        return switch (e.reason()) {
            case BAD_INPUT -> "bad_sdp";
            case AT_CAPACITY -> "at_capacity";
            case NEGOTIATION_FAILED -> "negotiation_failed";
            case CLOSED -> "closed";
        };
    }
}
