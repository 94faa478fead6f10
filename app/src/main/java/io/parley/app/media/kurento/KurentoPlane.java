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
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers browsers' offers on a Kurento Media Server from the pool. Per call, in the order KMS 7.3 was driven when
 * recorded: MediaPipeline (named for this node, see {@link KurentoProperties#nodeId()}), WebRtcEndpoint (STUN/TURN),
 * RtpEndpoint, event subscriptions, AUDIO connected both ways, RtpEndpoint offer with Parley's UDP port, the
 * browser's offer, gatherCandidates.
 *
 * <pre>{@code
 * WebRtcLeg leg = plane.answer(offerSdp, iceServers, candidate -> signaling.send(candidate));
 * signaling.send(leg.answerSdp());
 * leg.answerDelivered();
 * }</pre>
 *
 * Codecs are explicit and logged: the browser leg must settle on Opus, PCMU or PCMA (KMS transcodes), the RTP leg on
 * one of {@code parley.kurento.rtp-codecs}; anything else fails the call with a {@link WebRtcException} naming the
 * codecs, and nothing is left on the server.
 */
public class KurentoPlane implements WebRtcMediaPlane {

    private static final Logger log = LoggerFactory.getLogger(KurentoPlane.class);

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
        List<IceServer> ice = iceServers == null ? List.of() : List.copyOf(iceServers);
        KurentoServer server = pool.place();
        KmsConnection kms = server.connection();
        String pipeline = null;
        RtpAudioLink rtp = null;
        KurentoLeg leg = null;
        try {
            pipeline = kms.create("MediaPipeline", Map.of());
            kms.invoke(pipeline, "setName", Map.of("name", properties.pipelineNamePrefix() + UUID.randomUUID()));
            String webRtc = BrowserEndpoint.create(kms, pipeline);
            String rtpEndpoint = kms.create("RtpEndpoint", Map.of("mediaPipeline", pipeline));
            BrowserEndpoint.configureIce(kms, webRtc, ice);
            rtp = new RtpAudioLink(ports.bind());
            leg = new KurentoLeg(server, pipeline, webRtc, rtpEndpoint, rtp, ice, onLocalCandidate);
            kms.onEvents(webRtc, leg::onEvent);
            kms.onEvents(rtpEndpoint, leg::onEvent);
            BrowserEndpoint.subscribe(kms, webRtc);
            kms.subscribe(rtpEndpoint, "MediaFlowOutStateChanged");
            kms.subscribe(rtpEndpoint, "Error");
            kms.invoke(webRtc, "connect", Map.of("sink", rtpEndpoint, "mediaType", "AUDIO"));
            kms.invoke(rtpEndpoint, "connect", Map.of("sink", webRtc, "mediaType", "AUDIO"));

            negotiateRtp(kms, rtpEndpoint, rtp, server);
            leg.answered(BrowserEndpoint.answer(kms, webRtc, offerSdp, server.uri()));
            server.add(leg);
            kms.invoke(webRtc, "gatherCandidates", Map.of());
            return leg;
        } catch (KmsException | IllegalArgumentException | IllegalStateException e) {
            if (leg != null) {
                server.remove(leg);
            }
            cleanUp(kms, pipeline, rtp);
            throw BrowserEndpoint.failure(e);
        } finally {
            server.unreserve();
        }
    }

    /** Offers the configured codecs to the RtpEndpoint and sets the link up with what it answered. */
    private void negotiateRtp(KmsConnection kms, String rtpEndpoint, RtpAudioLink rtp, KurentoServer server) {
        List<RtpCodec> offered = properties.rtpCodecs();
        String answer = kms.invoke(rtpEndpoint, "processOffer",
                Map.of("offer", KurentoSdp.rtpOffer(properties.rtpAddress(), rtp.localPort(), offered))).asString();
        Map<Integer, String> answered = KurentoSdp.audioCodecs(answer);
        RtpCodec.Negotiated codecs = RtpCodec.Negotiated.from(answered, offered).orElseThrow(() -> {
            log.warn("Kurento call on {}: no common RTP codec (offered {}, answered {})", server.uri(),
                    offered.stream().map(RtpCodec::rtpmap).toList(), answered.values());
            return new WebRtcException(WebRtcException.Reason.NEGOTIATION_FAILED,
                    "no common codec on the media server's RTP leg: Parley offered "
                            + offered.stream().map(RtpCodec::rtpmap).toList() + ", the server answered "
                            + (answered.isEmpty() ? "none" : answered.values().toString()));
        });
        rtp.negotiated(codecs);
        rtp.connectTo(KurentoSdp.rtpTarget(answer));
        log.info("Kurento call on {}: RTP leg {}, Parley's port {}", server.uri(), codecs.describe(),
                rtp.localPort());
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
}
