package io.parley.bench.load.webrtc;

import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.RTCStatsType;
import io.parley.bench.load.caller.RtpCounters;
import java.util.Map;

/** Reads a caller's {@link RtpCounters} out of a libwebrtc statistics report (standard W3C stats names). */
final class RtpStatsReader {

    private RtpStatsReader() {
    }

    static RtpCounters read(RTCStatsReport report) {
        long sent = 0;
        long lostOut = 0;
        long received = 0;
        long lostIn = 0;
        long concealed = 0;
        long samples = 0;
        double bufferSeconds = 0;
        long emitted = 0;
        double rtt = -1;
        for (RTCStats stats : report.getStats().values()) {
            Map<String, Object> a = stats.getAttributes();
            if (!"audio".equals(String.valueOf(a.getOrDefault("kind", "audio")))) {
                continue;
            }
            RTCStatsType type = stats.getType();
            if (type == RTCStatsType.OUTBOUND_RTP) {
                sent += count(a, "packetsSent");
            } else if (type == RTCStatsType.REMOTE_INBOUND_RTP) {
                lostOut += count(a, "packetsLost");
                if (a.get("roundTripTime") instanceof Number seconds) {
                    rtt = seconds.doubleValue() * 1000;
                }
            } else if (type == RTCStatsType.INBOUND_RTP) {
                received += count(a, "packetsReceived");
                lostIn += Math.max(0, count(a, "packetsLost"));
                concealed += count(a, "concealedSamples");
                samples += count(a, "totalSamplesReceived");
                if (a.get("jitterBufferDelay") instanceof Number delay) {
                    bufferSeconds += delay.doubleValue();
                }
                emitted += count(a, "jitterBufferEmittedCount");
            }
        }
        return new RtpCounters(sent, lostOut, received, lostIn, concealed, samples,
                emitted == 0 ? -1 : bufferSeconds * 1000 / emitted, rtt);
    }

    private static long count(Map<String, Object> attributes, String name) {
        return attributes.get(name) instanceof Number n ? n.longValue() : 0;
    }
}
