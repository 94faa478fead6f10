package io.parley.app.media.kurento;

import io.parley.app.media.WebRtcLeg;
import io.parley.app.media.webrtc.IceCandidate;
import io.parley.app.media.webrtc.WebRtcException;
import io.parley.voice.audio.PcmFrame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One caller on a Kurento Media Server: a MediaPipeline holding the browser's WebRtcEndpoint and an RtpEndpoint
 * whose far end is {@link RtpAudioLink}. Closing it, or losing the server, releases the pipeline and fires
 * {@link #onClosed} once.
 */
final class KurentoLeg implements WebRtcLeg {

    private static final Logger log = LoggerFactory.getLogger(KurentoLeg.class);

    private final KurentoServer server;
    private final KmsConnection kms;
    private final String pipeline;
    private final String webRtc;
    private final RtpAudioLink rtp;
    private final Consumer<IceCandidate> onLocalCandidate;
    private final List<IceCandidate> heldCandidates = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private boolean answerDelivered;
    private volatile String answerSdp;
    private volatile Consumer<String> onClosed = reason -> { };

    KurentoLeg(KurentoServer server, String pipeline, String webRtc, RtpAudioLink rtp,
            Consumer<IceCandidate> onLocalCandidate) {
        this.server = server;
        this.kms = server.connection();
        this.pipeline = pipeline;
        this.webRtc = webRtc;
        this.rtp = rtp;
        this.onLocalCandidate = onLocalCandidate;
    }

    void answered(String sdp) {
        this.answerSdp = sdp;
    }

    /** Kurento events on the call's elements. */
    void onEvent(KmsEvent event) {
        switch (event.type()) {
            case "IceCandidateFound" -> localCandidate(event.data().path("candidate"));
            case "Error" -> {
                String description = event.data().path("description").asString("");
                log.warn("Kurento error on {}: {} {}", event.object(), event.data().path("errorCode").asInt(),
                        description);
                end("the media server reported an error: " + description);
            }
            default -> log.debug("Kurento {} on {}: {}", event.type(), event.object(), event.data());
        }
    }

    private void localCandidate(JsonNode candidate) {
        IceCandidate ice = new IceCandidate(candidate.path("candidate").asString(),
                candidate.path("sdpMid").asString(null), candidate.path("sdpMLineIndex").asInt());
        synchronized (heldCandidates) {
            if (!answerDelivered) {
                heldCandidates.add(ice);
                return;
            }
        }
        onLocalCandidate.accept(ice);
    }

    @Override
    public String answerSdp() {
        return answerSdp;
    }

    @Override
    public void answerDelivered() {
        List<IceCandidate> held;
        synchronized (heldCandidates) {
            answerDelivered = true;
            held = List.copyOf(heldCandidates);
            heldCandidates.clear();
        }
        held.forEach(onLocalCandidate);
    }

    @Override
    public void addRemoteCandidate(IceCandidate candidate) {
        if (closed.get()) {
            throw new WebRtcException(WebRtcException.Reason.CLOSED, "the call is closed");
        }
        Map<String, Object> ice = new LinkedHashMap<>();
        ice.put("__module__", "kurento");
        ice.put("__type__", "IceCandidate");
        ice.put("candidate", candidate.candidate());
        ice.put("sdpMid", candidate.sdpMid() == null ? "" : candidate.sdpMid());
        ice.put("sdpMLineIndex", candidate.sdpMLineIndex());
        try {
            kms.invoke(webRtc, "addIceCandidate", Map.of("candidate", ice));
        } catch (KmsException e) {
            throw new WebRtcException(WebRtcException.Reason.NEGOTIATION_FAILED,
                    "the media server refused the candidate: " + e.getMessage());
        }
    }

    /** KMS 7.3 renegotiates no ICE on a live WebRtcEndpoint; the client should start a new call instead. */
    @Override
    public String restartIce(String newOfferSdp) {
        throw new WebRtcException(WebRtcException.Reason.NEGOTIATION_FAILED,
                "ICE restart is not available on the Kurento media plane; reconnect the call");
    }

    @Override
    public String transport() {
        return "webrtc";
    }

    @Override
    public void onCallerAudio(Consumer<PcmFrame> sink) {
        rtp.onAudio(sink);
    }

    @Override
    public void sendAgentAudio(PcmFrame frame) {
        if (!closed.get()) {
            rtp.send(frame);
        }
    }

    @Override
    public void flushAgentAudio() {
        rtp.flush();
    }

    @Override
    public void onClosed(Consumer<String> reason) {
        this.onClosed = reason;
    }

    /** The server's socket dropped: nothing to release there, end the call with the reason. */
    void serverLost(String reason) {
        end(reason);
    }

    @Override
    public void close() {
        end("call ended");
    }

    /** Ends the call once: pipeline released (while the server is reachable), RTP port freed, onClosed told. */
    void end(String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.remove(this);
        rtp.close();
        if (kms.isOpen()) {
            try {
                kms.release(pipeline);
            } catch (KmsException e) {
                log.warn("releasing pipeline {} failed: {}", pipeline, e.getMessage());
            }
        }
        log.info("Kurento call on {} ended: {} (RTP in {}, out {})", server.uri(), reason, rtp.packetsIn(),
                rtp.packetsOut());
        onClosed.accept(reason);
    }
}
