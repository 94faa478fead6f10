package io.parley.bench.load.report;

import io.parley.bench.load.measure.EventAudit;
import io.parley.bench.load.measure.LatencySummary;
import java.util.List;
import java.util.Map;

/**
 * Everything measured in one step (N concurrent callers). Latencies in milliseconds, memory in bytes, CPU in cores
 * (CPU seconds per wall second).
 *
 * @param voiceToVoiceMs        caller side: end of the caller's speech to the first agent audio it received
 * @param platformOverheadMs    voice-to-voice minus the configured waits (end-of-turn silence and engine times);
 *                              present with stand-in engines only, whose times are known
 * @param serverVoiceToVoiceMs  the node's own figure from {@code turn_timeline} (user speech end to first audio out)
 * @param stagesMs              the node's per-stage gaps from {@code turn_timeline}, e.g. {@code stt_final->llm_first_token}
 * @param rtp                   the WebRTC callers' transport statistics; null on the WebSocket plane
 */
public record StepReport(int sessions, int rampUpSeconds, int durationSeconds, int callersStarted, int refused,
                         int turns, LatencySummary voiceToVoiceMs, LatencySummary platformOverheadMs,
                         LatencySummary serverVoiceToVoiceMs, Map<String, LatencySummary> stagesMs,
                         BargeIns bargeIns, DeadAir deadAir, Frames frames, EventAudit.Result events,
                         Sessions sessionsEnded, Reconnects reconnects, Resources resources,
                         Map<String, Integer> serverEvents, List<FaultRecord> faults, Rtp rtp) {

    /**
     * @param reactionMs    start of the caller's interruption to the end of the agent's last audio before it stopped
     * @param attempted     interruptions spoken while the agent was audible
     * @param missed        interruptions the agent did not yield to within the window
     * @param talkedOver    turns the agent talked straight through
     * @param outcomes      {@code interruption} events by outcome/reason (backchannels and coughs should be IGNORED)
     */
    public record BargeIns(LatencySummary reactionMs, int attempted, int missed, int talkedOver,
                           Map<String, Integer> outcomes) {
    }

    /**
     * @param gapsMs        every silence a caller sat through while waiting for the agent
     * @param timeoutMs     the deployment's dead-air timeout
     * @param overTimeout   gaps at or over it (goal: 0)
     * @param noReply       turns that never got an answer
     */
    public record DeadAir(LatencySummary gapsMs, int timeoutMs, int overTimeout, int noReply) {
    }

    /**
     * @param sent             frames the callers sent
     * @param lateSent         frames sent more than one frame period after their slot (the harness's own pacing)
     * @param droppedSent      frames the callers could not send (the socket would not take them)
     * @param received         agent audio chunks received
     * @param streamGaps       pauses within an agent reply longer than 60 ms (late or missing agent frames)
     */
    public record Frames(long sent, long lateSent, long droppedSent, double maxSendLatenessMs, long received,
                         int streamGaps, LatencySummary streamGapMs) {
    }

    /**
     * The WebRTC callers' audio transport, summed over every caller (libwebrtc's statistics at hang-up).
     *
     * @param packetsSent          RTP packets of the callers' voices
     * @param lostOnTheWayIn       of those, lost before the node (the node's RTCP receiver reports)
     * @param packetsReceived      RTP packets of the agent's voice
     * @param lostOnTheWayOut      agent packets that never reached a caller
     * @param concealedPercent     share of the agent's played samples the callers' decoders had to invent
     * @param jitterBufferMs       per caller, the mean time agent audio waited in its jitter buffer
     * @param roundTripMs          per caller, the last RTCP round-trip time
     */
    public record Rtp(int callers, long packetsSent, long lostOnTheWayIn, long packetsReceived, long lostOnTheWayOut,
                      double concealedPercent, LatencySummary jitterBufferMs, LatencySummary roundTripMs) {

        public long packetsLost() {
            return lostOnTheWayIn + lostOnTheWayOut;
        }
    }

    /** How calls ended: cleanly means close 1000 after the caller's own {@code end}. */
    public record Sessions(int endedCleanly, int abnormal, Map<String, Integer> problems) {
    }

    public record Reconnects(int attempted, int resumed) {
    }

    /**
     * @param idleCpuCores      node CPU with no calls, just before the step
     * @param cpuCores          node CPU during the plateau (all callers in)
     * @param marginalCpuCoresPerSession (plateau CPU - idle CPU) / live sessions: what one more call costs
     * @param sessionsPerCore   live sessions per fully used core
     * @param heapPerSessionBytes live heap growth per session (after a full GC at baseline and under load), -1 unknown
     * @param rssPerSessionBytes  resident set growth per session, -1 unknown
     * @param harnessCpuCores   what the callers themselves used (they share the machine)
     * @param machineCpuCores   the whole machine's busy cores during the plateau; minus node and harness = others
     * @param heapTopClasses    the node's largest classes on the heap under load ({@code jcmd GC.class_histogram})
     */
    public record Resources(double liveSessions, double idleCpuCores, double cpuCores, double cpuCoresPerSession,
                            double marginalCpuCoresPerSession, double sessionsPerCore,
                            long heapBaselineBytes, long heapLoadedBytes, double heapPerSessionBytes,
                            long rssBaselineBytes, long rssLoadedBytes, double rssPerSessionBytes,
                            double harnessCpuCores, double machineCpuCores, List<String> heapTopClasses,
                            List<Sample> samples) {
    }

    /** One resource reading, {@code atS} seconds into the step. */
    public record Sample(double atS, int callersLive, int nodeSessions, double cpuCores, long heapBytes,
                         long rssBytes) {
    }

    public record FaultRecord(String kind, double atS, String detail) {
    }
}
