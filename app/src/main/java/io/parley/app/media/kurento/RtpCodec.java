package io.parley.app.media.kurento;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A codec Parley speaks on a call's RTP leg to Kurento: the {@code rtpmap} it offers, the payload type it proposes,
 * its RTP clock and how many samples one 20 ms packet carries. Opus is offered at 48 kHz as RFC 7587 requires
 * ({@code opus/48000/2} whatever the channels); PCMU is the static payload type 0.
 */
public enum RtpCodec {

    OPUS("opus/48000/2", 96, 48_000),
    PCMU("PCMU/8000", 0, 8_000);

    private final String rtpmap;
    private final int offeredPayloadType;
    private final int clockRate;

    RtpCodec(String rtpmap, int offeredPayloadType, int clockRate) {
        this.rtpmap = rtpmap;
        this.offeredPayloadType = offeredPayloadType;
        this.clockRate = clockRate;
    }

    /** The {@code a=rtpmap} encoding, e.g. {@code opus/48000/2}. */
    public String rtpmap() {
        return rtpmap;
    }

    int offeredPayloadType() {
        return offeredPayloadType;
    }

    /** The RTP clock rate, which is also the rate Parley encodes and decodes at. */
    int clockRate() {
        return clockRate;
    }

    /** Samples in one 20 ms packet: 960 for Opus, 160 for PCMU. */
    int samplesPerPacket() {
        return clockRate / 50;
    }

    /** The codec an answer's {@code rtpmap} names (encoding names compare without case, as SDP has it). */
    static Optional<RtpCodec> ofRtpmap(String rtpmap) {
        String wanted = rtpmap.trim().toLowerCase(Locale.ROOT);
        for (RtpCodec codec : values()) {
            String ours = codec.rtpmap.toLowerCase(Locale.ROOT);
            // "opus/48000" without the channel count names the same codec
            if (wanted.equals(ours) || ours.startsWith(wanted + "/")) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    /**
     * What an RTP answer settled: Parley sends with the first answered format it offered (the answerer's preference,
     * RFC 3264 section 6.1) and accepts every answered format it knows.
     *
     * @param send    payload type and codec Parley sends with
     * @param receive payload types Parley decodes
     */
    record Negotiated(int sendPayloadType, RtpCodec send, Map<Integer, RtpCodec> receive) {

        /** Empty when the answer has no format Parley offered (or rejected the stream with port 0). */
        static Optional<Negotiated> from(Map<Integer, String> answered, List<RtpCodec> offered) {
            Map<Integer, RtpCodec> known = new LinkedHashMap<>();
            answered.forEach((payloadType, rtpmap) -> ofRtpmap(rtpmap).filter(offered::contains)
                    .ifPresent(codec -> known.put(payloadType, codec)));
            if (known.isEmpty()) {
                return Optional.empty();
            }
            Map.Entry<Integer, RtpCodec> first = known.entrySet().iterator().next();
            return Optional.of(new Negotiated(first.getKey(), first.getValue(), Collections.unmodifiableMap(known)));
        }

        /** For the log and error messages: {@code opus/48000/2 (pt 96)}. */
        String describe() {
            List<String> parts = new ArrayList<>();
            receive.forEach((pt, codec) -> parts.add(codec.rtpmap + " (pt " + pt + ")"));
            return "sends " + send.rtpmap + " (pt " + sendPayloadType + "), accepts " + String.join(", ", parts);
        }
    }
}
