package io.parley.app.media.kurento;

import io.parley.app.media.WebRtcLeg;
import io.parley.app.media.webrtc.IceCandidate;
import io.parley.app.media.webrtc.IceServer;
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
 * whose far end is {@link RtpAudioLink}. An ICE restart answers on a fresh WebRtcEndpoint in the same pipeline (KMS
 * negotiates an endpoint once) connected to the same RtpEndpoint, so the RTP link and the call go on. Closing it, or
 * losing the server, releases the pipeline and fires {@link #onClosed} once.
 */
final class KurentoLeg implements WebRtcLeg {

    private static final Logger log = LoggerFactory.getLogger(KurentoLeg.class);

    private final KurentoServer server;
    private final KmsConnection kms;
    private final String pipeline;
    private final String rtpEndpoint;
    private final RtpAudioLink rtp;
    private final List<IceServer> iceServers;
    private final Consumer<IceCandidate> onLocalCandidate;
    private final List<IceCandidate> heldCandidates = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The browser's endpoint now: replaced by an ICE restart. */
    private volatile String webRtc;
    private boolean answerDelivered;
    private volatile String answerSdp;
    private volatile Consumer<String> onClosed = reason -> { };

    KurentoLeg(KurentoServer server, String pipeline, String webRtc, String rtpEndpoint, RtpAudioLink rtp,
            List<IceServer> iceServers, Consumer<IceCandidate> onLocalCandidate) {
        this.server = server;
        this.kms = server.connection();
        this.pipeline = pipeline;
        this.webRtc = webRtc;
        this.rtpEndpoint = rtpEndpoint;
        this.rtp = rtp;
        this.iceServers = iceServers;
        this.onLocalCandidate = onLocalCandidate;
    }

    String pipeline() {
        return pipeline;
    }

    void answered(String sdp) {
        this.answerSdp = sdp;
    }

    /** Kurento events on the call's elements; a replaced endpoint's late events are dropped. */
    void onEvent(KmsEvent event) {
        if (event.object().endsWith("_kurento.WebRtcEndpoint") && !event.object().equals(webRtc)) {
            return;
        }
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

    /**
     * Answers the browser's ICE-restart offer on a fresh WebRtcEndpoint in this call's pipeline: the new endpoint is
     * configured and negotiated first (a bad offer leaves the call as it was), then the old one is released and the
     * new one connected to the RtpEndpoint both ways. Candidates of the new endpoint wait for
     * {@link #answerDelivered()}; the browser's later candidates go to it.
     */
    @Override
    public synchronized String restartIce(String newOfferSdp) {
        if (closed.get()) {
            throw new WebRtcException(WebRtcException.Reason.CLOSED, "the call's media has ended");
        }
        if (newOfferSdp == null || newOfferSdp.isBlank()) {
            throw new WebRtcException(WebRtcException.Reason.BAD_INPUT, "an ICE restart needs the browser's new offer");
        }
        String fresh = null;
        try {
            fresh = BrowserEndpoint.create(kms, pipeline);
            BrowserEndpoint.configureIce(kms, fresh, iceServers);
            kms.onEvents(fresh, this::onEvent);
            BrowserEndpoint.subscribe(kms, fresh);
            String answer = BrowserEndpoint.answer(kms, fresh, newOfferSdp, server.uri());
            String old = webRtc;
            synchronized (heldCandidates) {
                answerDelivered = false;
                heldCandidates.clear();
                webRtc = fresh;
            }
            kms.release(old);
            kms.invoke(fresh, "connect", Map.of("sink", rtpEndpoint, "mediaType", "AUDIO"));
            kms.invoke(rtpEndpoint, "connect", Map.of("sink", fresh, "mediaType", "AUDIO"));
            answerSdp = answer;
            kms.invoke(fresh, "gatherCandidates", Map.of());
            log.info("Kurento call on {}: ICE restarted on a new WebRtcEndpoint, RTP port {} kept", server.uri(),
                    rtp.localPort());
            return answer;
        } catch (KmsException | IllegalArgumentException e) {
            if (fresh != null && !fresh.equals(webRtc) && kms.isOpen()) {
                try {
                    kms.release(fresh);
                } catch (KmsException ignored) {
                    // the server is failing; the pipeline goes with the call
                }
            }
            throw BrowserEndpoint.failure(e);
        }
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

    /**
     * The server's socket dropped: nothing can be released there now. The pipeline carries this node's name, so the
     * pool releases it when the server is reachable again (see {@link KurentoServer#ensureConnected}).
     */
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
