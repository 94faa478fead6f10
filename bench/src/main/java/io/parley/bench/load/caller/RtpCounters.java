package io.parley.bench.load.caller;

/**
 * One WebRTC caller's audio transport at hang-up, from libwebrtc's own statistics: its voice going out (packets sent,
 * and lost on the way as the node's receiver reports say), and the agent's voice coming in (packets received and
 * lost, samples the jitter buffer had to conceal, and how long audio waited in that buffer).
 *
 * @param packetsSent          RTP packets of the caller's voice sent
 * @param packetsLostOutbound  of those, lost before the node (from the node's RTCP receiver reports)
 * @param packetsReceived      RTP packets of the agent's voice received
 * @param packetsLostInbound   agent packets that never arrived
 * @param concealedSamples     agent samples the decoder had to invent (late or lost packets)
 * @param totalSamplesReceived agent samples played out in all
 * @param jitterBufferDelayMs  mean time an agent sample waited in the caller's jitter buffer
 * @param roundTripMs          the last RTT measured from RTCP, -1 when none was
 */
public record RtpCounters(long packetsSent, long packetsLostOutbound, long packetsReceived, long packetsLostInbound,
                          long concealedSamples, long totalSamplesReceived, double jitterBufferDelayMs,
                          double roundTripMs) {

    public static final RtpCounters NONE = new RtpCounters(0, 0, 0, 0, 0, 0, -1, -1);
}
