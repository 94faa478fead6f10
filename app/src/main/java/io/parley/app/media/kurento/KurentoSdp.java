package io.parley.app.media.kurento;

import io.parley.app.media.webrtc.WebRtcException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The few SDP facts the Kurento plane needs: the RTP offer it makes, and the codecs and address of answers. */
final class KurentoSdp {

    private KurentoSdp() {
    }

    /**
     * Offer for the RtpEndpoint at Parley's UDP port, 20 ms packets, the codecs in order of preference. PCMU alone is
     * what was recorded against KMS 7.3 ({@code m=audio <port> RTP/AVP 0}); Opus goes first as dynamic type 96.
     */
    static String rtpOffer(String address, int port, List<RtpCodec> codecs) {
        StringBuilder formats = new StringBuilder();
        StringBuilder rtpmaps = new StringBuilder();
        for (RtpCodec codec : codecs) {
            formats.append(' ').append(codec.offeredPayloadType());
            rtpmaps.append("a=rtpmap:").append(codec.offeredPayloadType()).append(' ').append(codec.rtpmap())
                    .append("\r\n");
        }
        return "v=0\r\no=- 1 1 IN IP4 " + address + "\r\ns=parley\r\nc=IN IP4 " + address + "\r\nt=0 0\r\n"
                + "m=audio " + port + " RTP/AVP" + formats + "\r\n" + rtpmaps + "a=ptime:20\r\na=sendrecv\r\n";
    }

    /** Codecs of the first audio section by payload type, e.g. {@code 111 -> opus/48000/2}; empty when rejected. */
    static Map<Integer, String> audioCodecs(String sdp) {
        Map<Integer, String> codecs = new LinkedHashMap<>();
        boolean inAudio = false;
        List<Integer> formats = new ArrayList<>();
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("m=")) {
                if (inAudio) {
                    break;
                }
                String[] parts = line.substring(2).split(" ");
                inAudio = parts[0].equals("audio") && parts.length > 3 && !parts[1].equals("0");
                for (int i = 3; inAudio && i < parts.length; i++) {
                    formats.add(Integer.parseInt(parts[i].trim()));
                }
            } else if (inAudio && line.startsWith("a=rtpmap:")) {
                String[] parts = line.substring(9).split(" ", 2);
                codecs.put(Integer.parseInt(parts[0]), parts[1].trim());
            }
        }
        Map<Integer, String> ordered = new LinkedHashMap<>();
        for (int format : formats) {
            ordered.put(format, codecs.getOrDefault(format, format == 0 ? "PCMU/8000" : format == 8 ? "PCMA/8000" : "?"));
        }
        return ordered;
    }

    /** Where the RtpEndpoint receives: {@code c=} address and audio {@code m=} port of its answer. */
    static InetSocketAddress rtpTarget(String answer) {
        String address = null;
        int port = -1;
        for (String line : answer.split("\r?\n")) {
            if (line.startsWith("c=IN IP4 ") && address == null) {
                address = line.substring(9).trim();
            } else if (line.startsWith("m=audio ")) {
                port = Integer.parseInt(line.split(" ")[1]);
            }
        }
        if (address == null || port <= 0) {
            throw new WebRtcException(WebRtcException.Reason.NEGOTIATION_FAILED,
                    "the media server's RTP answer names no audio address");
        }
        return new InetSocketAddress(address, port);
    }
}
