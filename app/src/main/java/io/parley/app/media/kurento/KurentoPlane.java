package io.parley.app.media.kurento;

import io.parley.app.media.WebRtcLeg;
import io.parley.app.media.WebRtcMediaPlane;
import io.parley.app.media.webrtc.IceCandidate;
import io.parley.app.media.webrtc.IceServer;
import io.parley.app.media.webrtc.WebRtcException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers browsers' offers on a Kurento Media Server from the pool. Per call, in the order KMS 7.3 was driven when
 * recorded: MediaPipeline, WebRtcEndpoint (STUN/TURN), RtpEndpoint, event subscriptions, AUDIO connected both ways,
 * RtpEndpoint offer with Parley's PCMU port, the browser's offer, gatherCandidates.
 *
 * <pre>{@code
 * WebRtcLeg leg = plane.answer(offerSdp, iceServers, candidate -> signaling.send(candidate));
 * signaling.send(leg.answerSdp());
 * leg.answerDelivered();
 * }</pre>
 *
 * Codecs are explicit: the browser leg must settle on Opus, PCMU or PCMA (KMS transcodes), the RTP leg on PCMU;
 * anything else fails the call with a {@link WebRtcException} naming the codecs, and nothing is left on the server.
 */
public class KurentoPlane implements WebRtcMediaPlane {

    private static final Logger log = LoggerFactory.getLogger(KurentoPlane.class);
    private static final List<String> BROWSER_CODECS = List.of("opus/", "PCMU/", "PCMA/");

    private final KurentoPool pool;
    private final KurentoProperties properties;
    private final RtpPorts ports;

    public KurentoPlane(KurentoPool pool, KurentoProperties properties) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.properties = properties;
        try {
            this.ports = new RtpPorts(InetAddress.getByName(properties.rtpAddress()), properties.rtpPortMin(),
                    properties.rtpPortMax());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("parley.kurento.rtp-address is not an address: " + e.getMessage());
        }
    }

    /**
     * @throws WebRtcException BAD_INPUT for an offer KMS cannot parse, NEGOTIATION_FAILED for no common codec or a
     *                         server failure, AT_CAPACITY when no server has room
     */
    @Override
    public WebRtcLeg answer(String offerSdp, List<IceServer> iceServers, Consumer<IceCandidate> onLocalCandidate) {
        if (offerSdp == null || offerSdp.isBlank()) {
            throw new WebRtcException(WebRtcException.Reason.BAD_INPUT, "the offer is empty");
        }
        Objects.requireNonNull(onLocalCandidate, "onLocalCandidate");
        KurentoServer server = pool.place();
        KmsConnection kms = server.connection();
        String pipeline = null;
        RtpAudioLink rtp = null;
        KurentoLeg leg = null;
        try {
            pipeline = kms.create("MediaPipeline", Map.of());
            String webRtc = kms.create("WebRtcEndpoint", Map.of("mediaPipeline", pipeline));
            String rtpEndpoint = kms.create("RtpEndpoint", Map.of("mediaPipeline", pipeline));
            configureIce(kms, webRtc, iceServers == null ? List.of() : iceServers);
            rtp = new RtpAudioLink(ports.bind());
            leg = new KurentoLeg(server, pipeline, webRtc, rtp, onLocalCandidate);
            kms.onEvents(webRtc, leg::onEvent);
            kms.onEvents(rtpEndpoint, leg::onEvent);
            for (String type : List.of("IceCandidateFound", "IceGatheringDone", "IceComponentStateChanged",
                    "NewCandidatePairSelected", "MediaFlowOutStateChanged", "Error")) {
                kms.subscribe(webRtc, type);
            }
            kms.subscribe(rtpEndpoint, "MediaFlowOutStateChanged");
            kms.subscribe(rtpEndpoint, "Error");
            kms.invoke(webRtc, "connect", Map.of("sink", rtpEndpoint, "mediaType", "AUDIO"));
            kms.invoke(rtpEndpoint, "connect", Map.of("sink", webRtc, "mediaType", "AUDIO"));

            String rtpAnswer = kms.invoke(rtpEndpoint, "processOffer",
                    Map.of("offer", KurentoSdp.rtpOffer(properties.rtpAddress(), rtp.localPort()))).asString();
            Map<Integer, String> rtpCodecs = KurentoSdp.audioCodecs(rtpAnswer);
            if (!rtpCodecs.containsKey(RtpAudioLink.PCMU)) {
                throw new WebRtcException(WebRtcException.Reason.NEGOTIATION_FAILED,
                        "the media server did not accept PCMU on its RTP leg (answered " + rtpCodecs.values() + ")");
            }
            rtp.connectTo(KurentoSdp.rtpTarget(rtpAnswer));

            String answer = kms.invoke(webRtc, "processOffer", Map.of("offer", offerSdp)).asString();
            Map<Integer, String> browserCodecs = KurentoSdp.audioCodecs(answer);
            String chosen = browserCodecs.values().stream()
                    .filter(codec -> BROWSER_CODECS.stream().anyMatch(codec::startsWith)).findFirst()
                    .orElseThrow(() -> new WebRtcException(WebRtcException.Reason.NEGOTIATION_FAILED,
                            "no common audio codec: the offer has " + KurentoSdp.audioCodecs(offerSdp).values()
                                    + ", the media server takes opus, PCMU or PCMA"));
            log.info("Kurento call on {}: browser codec {} (answer {}), RTP leg PCMU/8000 to port {}", server.uri(),
                    chosen, browserCodecs.values(), rtp.localPort());
            leg.answered(answer);
            server.add(leg);
            kms.invoke(webRtc, "gatherCandidates", Map.of());
            return leg;
        } catch (KmsException | IllegalArgumentException | IllegalStateException e) {
            if (leg != null) {
                server.remove(leg);
            }
            cleanUp(kms, pipeline, rtp);
            throw failure(e);
        } finally {
            server.unreserve();
        }
    }

    private static void configureIce(KmsConnection kms, String webRtc, List<IceServer> iceServers) {
        iceServers.stream().map(TurnUrls::stun).flatMap(java.util.Optional::stream).findFirst().ifPresent(stun -> {
            kms.invoke(webRtc, "setStunServerAddress", Map.of("stunServerAddress", stun.ipv4()));
            kms.invoke(webRtc, "setStunServerPort", Map.of("stunServerPort", stun.port()));
        });
        iceServers.stream().map(TurnUrls::turnUrl).flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(turn -> kms.invoke(webRtc, "setTurnUrl", Map.of("turnUrl", turn)));
    }

    private static void cleanUp(KmsConnection kms, String pipeline, RtpAudioLink rtp) {
        if (rtp != null) {
            rtp.close();
        }
        if (pipeline != null && kms.isOpen()) {
            try {
                kms.release(pipeline);
            } catch (KmsException e) {
                log.warn("releasing pipeline {} after a failed answer failed: {}", pipeline, e.getMessage());
            }
        }
    }

    private static WebRtcException failure(RuntimeException e) {
        if (e instanceof WebRtcException webRtc) {
            return webRtc;
        }
        if (e instanceof KmsException kms && "SDP_PARSE_ERROR".equals(kms.type())) {
            return new WebRtcException(WebRtcException.Reason.BAD_INPUT, "the media server cannot parse the offer");
        }
        return new WebRtcException(WebRtcException.Reason.NEGOTIATION_FAILED, "the media server failed: "
                + e.getMessage());
    }
}
