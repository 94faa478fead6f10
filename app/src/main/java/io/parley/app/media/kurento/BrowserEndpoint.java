package io.parley.app.media.kurento;

import io.parley.app.media.webrtc.IceServer;
import io.parley.app.media.webrtc.WebRtcException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser's side of a Kurento call: a WebRtcEndpoint configured with the deployment's STUN/TURN, subscribed to
 * the events the call needs, and its answer to the browser's offer checked for a codec. Used when a call is set up,
 * and again for an ICE restart: KMS 7.3 negotiates an SDP endpoint once (a second {@code processOffer} fails with
 * 40208 SDP_END_POINT_ALREADY_NEGOTIATED), so a restart answers on a fresh endpoint in the same pipeline.
 */
final class BrowserEndpoint {

    private static final Logger log = LoggerFactory.getLogger(BrowserEndpoint.class);
    private static final List<String> BROWSER_CODECS = List.of("opus/", "PCMU/", "PCMA/");
    private static final List<String> EVENTS = List.of("IceCandidateFound", "IceGatheringDone",
            "IceComponentStateChanged", "NewCandidatePairSelected", "MediaFlowOutStateChanged", "Error");

    private BrowserEndpoint() {
    }

    static String create(KmsConnection kms, String pipeline) {
        return kms.create("WebRtcEndpoint", Map.of("mediaPipeline", pipeline));
    }

    /** STUN as a numeric address and port, TURN as KMS's {@code user:password@ipv4:port} URL (see {@link TurnUrls}). */
    static void configureIce(KmsConnection kms, String webRtc, List<IceServer> iceServers) {
        iceServers.stream().map(TurnUrls::stun).flatMap(Optional::stream).findFirst().ifPresent(stun -> {
            kms.invoke(webRtc, "setStunServerAddress", Map.of("stunServerAddress", stun.ipv4()));
            kms.invoke(webRtc, "setStunServerPort", Map.of("stunServerPort", stun.port()));
        });
        iceServers.stream().map(TurnUrls::turnUrl).flatMap(Optional::stream).findFirst()
                .ifPresent(turn -> kms.invoke(webRtc, "setTurnUrl", Map.of("turnUrl", turn)));
    }

    static void subscribe(KmsConnection kms, String webRtc) {
        for (String type : EVENTS) {
            kms.subscribe(webRtc, type);
        }
    }

    /**
     * Answers the browser's offer; the browser leg must settle on Opus, PCMU or PCMA (KMS transcodes to the RTP leg).
     *
     * @throws WebRtcException NEGOTIATION_FAILED naming the offered codecs when none is common
     */
    static String answer(KmsConnection kms, String webRtc, String offerSdp, URI server) {
        String answer = kms.invoke(webRtc, "processOffer", Map.of("offer", offerSdp)).asString();
        Map<Integer, String> codecs = KurentoSdp.audioCodecs(answer);
        String chosen = codecs.values().stream()
                .filter(codec -> BROWSER_CODECS.stream().anyMatch(codec::startsWith)).findFirst()
                .orElseThrow(() -> new WebRtcException(WebRtcException.Reason.NEGOTIATION_FAILED,
                        "no common audio codec: the offer has " + KurentoSdp.audioCodecs(offerSdp).values()
                                + ", the media server takes opus, PCMU or PCMA"));
        log.info("Kurento call on {}: browser codec {} (answer {})", server, chosen, codecs.values());
        return answer;
    }

    /** A failure of the media server as the client should hear it. */
    static WebRtcException failure(RuntimeException e) {
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
