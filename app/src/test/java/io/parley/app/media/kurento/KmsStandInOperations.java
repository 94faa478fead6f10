package io.parley.app.media.kurento;

import io.parley.app.media.kurento.KmsStandIn.KmsError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The stand-in's {@code invoke} operations, with the results and errors recorded from KMS 7.3.0 (no media). */
final class KmsStandInOperations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** KMS's own TURN URL check (kmswebrtcsession.c), which only reports a failure through an Error event. */
    private static final Pattern TURN_URL = Pattern.compile(
            "^(?<user>.+):(?<password>.+)@(?<address>[0-9.]+):(?<port>[0-9]+)(\\?transport=(udp|tcp|tls))?$");
    private static final Map<String, String> SUPPORTED = Map.of("opus/48000/2", "opus", "PCMU/8000", "PCMU",
            "PCMA/8000", "PCMA");

    private KmsStandInOperations() {
    }

    static JsonNode invoke(KmsStandIn kms, JsonNode params, String object) {
        String operation = params.path("operation").asString();
        JsonNode args = params.path("operationParams");
        if (!kms.answers(operation)) {
            return KmsStandIn.NO_ANSWER;
        }
        String type = kms.typeOf(object);
        return switch (operation) {
            case "getUsedCpu" -> NODES.numberNode(kms.cpuPercent());
            case "getPipelines" -> {
                var pipelines = NODES.arrayNode();
                kms.liveObjects("MediaPipeline").forEach(pipelines::add);
                yield pipelines;
            }
            case "getName" -> NODES.stringNode(kms.nameOf(object));
            case "setName" -> {
                if (!args.path("name").isString()) {
                    throw new KmsError(40001, "MARSHALL_ERROR", "'name' parameter should be a string");
                }
                kms.setName(object, args.path("name").asString());
                yield NODES.nullNode();
            }
            case "setLatencyStats", "connect", "gatherCandidates", "addIceCandidate", "setStunServerAddress" -> NODES.nullNode();
            case "setStunServerPort" -> {
                if (!args.path("stunServerPort").isInt()) {
                    throw new KmsError(40001, "MARSHALL_ERROR", "'stunServerPort' parameter should be a integer");
                }
                yield NODES.nullNode();
            }
            case "setTurnUrl" -> {
                String url = args.path("turnUrl").asString();
                kms.turnUrls().put(object, url);
                if (!TURN_URL.matcher(url).matches()) {
                    String description = "Error code 13: URL '" + url + "' not allowed. It must have this format: "
                            + "'user:password@address:port(?transport=[udp|tcp|tls])'";
                    kms.emit(object, "Error", Map.of("description", description, "errorCode", 13,
                            "type", "UNEXPECTED_ELEMENT_ERROR"));
                }
                yield NODES.nullNode();
            }
            case "getTurnUrl" -> NODES.stringNode(kms.turnUrls().getOrDefault(object, ""));
            case "processOffer" -> {
                if (!args.has("offer")) {
                    throw new KmsError(40001, "MARSHALL_ERROR", "'operationParams' is required");
                }
                String offer = args.path("offer").asString();
                if (!offer.startsWith("v=0") || !offer.contains("m=")) {
                    throw new KmsError(40201, "SDP_PARSE_ERROR", "Invalid SDP");
                }
                // Not recorded: KMS's SdpEndpointImpl::processOffer refuses a second offer after parsing it.
                if (!kms.negotiate(object)) {
                    throw new KmsError(40208, "SDP_END_POINT_ALREADY_NEGOTIATED", "Endpoint already negotiated");
                }
                yield NODES.stringNode("RtpEndpoint".equals(type) ? rtpAnswer(offer, kms.rtpPort(), kms.rtpCodecs())
                        : webRtcAnswer(offer));
            }
            default -> throw new KmsError(40008, "MALFORMED_TRANSACTION",
                    "Method '" + operation + "' with 0 parameters not found");
        };
    }

    /**
     * Shaped like the recorded RtpEndpoint answer (PCMU: {@code m=audio <port> RTP/AVP 0}, RTCP on port+1, 20 ms, the
     * SSRC it sends). The codec choice follows RFC 3264 as the recorded WebRtcEndpoint answer shows KMS doing it: the
     * offer's formats the server supports, in the offer's order, with the offer's payload types; none: port 0. An
     * Opus offer on the RtpEndpoint was not recorded.
     */
    private static String rtpAnswer(String offer, int port, Set<String> supported) {
        List<String> formats = new ArrayList<>();
        StringBuilder rtpmaps = new StringBuilder();
        for (var format : KurentoSdp.audioCodecs(offer).entrySet()) {
            if (supported.contains(format.getValue())) {
                formats.add(Integer.toString(format.getKey()));
                rtpmaps.append("a=rtpmap:").append(format.getKey()).append(' ').append(format.getValue()).append("\r\n");
            }
        }
        String media = formats.isEmpty() ? "m=audio 0 RTP/AVP 0\r\n"
                : "m=audio " + port + " RTP/AVP " + String.join(" ", formats) + "\r\na=sendrecv\r\na=rtcp:" + (port + 1)
                        + "\r\n" + rtpmaps + "a=ptime:20\r\na=ssrc:704327977 cname:user2294367755@host-7523da19\r\n";
        return "v=0\r\no=- 4004314997 4004314997 IN IP4 127.0.0.1\r\ns=Kurento Media Server\r\n"
                + "c=IN IP4 127.0.0.1\r\nt=0 0\r\n" + media;
    }

    /** Shaped like the recorded WebRtcEndpoint answer: offered opus/PCMU/PCMA in offer order, no candidates. */
    private static String webRtcAnswer(String offer) {
        List<String> formats = new ArrayList<>();
        List<String> rtpmaps = new ArrayList<>();
        for (String line : offer.split("\r?\n")) {
            if (line.startsWith("a=rtpmap:")) {
                String[] parts = line.substring(9).split(" ", 2);
                if (SUPPORTED.containsKey(parts[1].trim())) {
                    formats.add(parts[0]);
                    rtpmaps.add("a=rtpmap:" + parts[0] + " " + parts[1].trim() + "\r\n");
                }
            }
        }
        String media = formats.isEmpty() ? "m=audio 0 UDP/TLS/RTP/SAVPF 0\r\n"
                : "m=audio 1 UDP/TLS/RTP/SAVPF " + String.join(" ", formats) + "\r\na=sendrecv\r\na=mid:0\r\n"
                        + "a=rtcp:9 IN IP4 0.0.0.0\r\n" + String.join("", rtpmaps) + "a=setup:active\r\na=rtcp-mux\r\n"
                        + "a=ice-ufrag:GCiP\r\na=ice-pwd:KcGROZty6r8FP09GS3Bf58\r\n"
                        + "a=fingerprint:sha-256 D5:57:56:1F:2A:61:76:72:E2:06:D3:67:66:9C:02:6B:01:18:CE:D9:EF:EA:"
                        + "34:C5:47:D9:E2:E4:FE:17:3D:C0\r\n";
        return "v=0\r\no=- 4004314997 4004314997 IN IP4 0.0.0.0\r\ns=Kurento Media Server\r\nc=IN IP4 0.0.0.0\r\n"
                + "t=0 0\r\na=group:BUNDLE 0\r\n" + media;
    }
}
