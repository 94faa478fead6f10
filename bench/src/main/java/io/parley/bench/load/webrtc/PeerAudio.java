package io.parley.bench.load.webrtc;

import io.parley.bench.load.caller.MediaLink;
import io.parley.bench.load.caller.RtpCounters;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A caller's media over embedded WebRTC, negotiated on the session socket as a browser does it
 * (docs/session-protocol.md): the offer goes in {@code start}, the node's {@code sdp_answer} and candidates come
 * back, the caller's candidates trickle out. The caller hears the agent when its audio is played out, and only what
 * is audible counts: the node streams continuous RTP, silence included, so a played block is agent audio when its
 * level is above {@link #AUDIBLE_RMS}.
 */
public final class PeerAudio implements MediaLink {

    /** Opens callers' media as WebRTC peers. */
    public static final Opener OPENER = PeerAudio::new;

    /** About -50 dBFS: far above Opus's decoded digital silence, far below any speech the agent plays. */
    static final double AUDIBLE_RMS = 100;

    private final SessionSocket socket;
    private final AgentAudio agentAudio;
    private final CallerPeer peer;
    private volatile String failure;
    /** Local candidates gathered before the node has the offer: it refuses candidates that precede {@code start}. */
    private final java.util.List<String> heldCandidates = new java.util.ArrayList<>();
    private boolean answered;

    private PeerAudio(SessionSocket socket, AgentAudio agentAudio) {
        this.socket = socket;
        this.agentAudio = agentAudio;
        this.peer = new CallerPeer(candidate -> {
            ObjectNode message = JsonNodeFactory.instance.objectNode().put("type", "ice_candidate");
            message.putObject("candidate").put("candidate", candidate.sdp).put("sdpMid", candidate.sdpMid)
                    .put("sdpMLineIndex", candidate.sdpMLineIndex);
            release(message.toString());
        }, this::played);
    }

    @Override
    public String startMessage(int outputSampleRate) throws Exception {
        ObjectNode start = JsonNodeFactory.instance.objectNode().put("type", "start").put("transport", "webrtc")
                .put("sdp", peer.offer());
        return start.toString();
    }

    @Override
    public void onSignal(String type, JsonNode event) {
        try {
            switch (type) {
                case "sdp_answer" -> {
                    peer.answer(event.path("sdp").asString());
                    releaseHeldCandidates();
                }
                case "ice_candidate" -> {
                    JsonNode c = event.path("candidate");
                    peer.addRemoteCandidate(c.path("sdpMid").asString(""), c.path("sdpMLineIndex").asInt(0),
                            c.path("candidate").asString(""));
                }
                default -> { }
            }
        } catch (Exception | Error refused) {
            // The native binding reports refused SDP or candidates as java.lang.Error.
            failure = type + " refused: " + refused.getMessage();
        }
    }

    private synchronized void release(String candidateMessage) {
        if (answered) {
            socket.sendText(candidateMessage);
        } else {
            heldCandidates.add(candidateMessage);
        }
    }

    private synchronized void releaseHeldCandidates() {
        answered = true;
        heldCandidates.forEach(socket::sendText);
        heldCandidates.clear();
    }

    @Override
    public boolean ready() {
        return peer.mediaFlowing();
    }

    @Override
    public String failure() {
        return failure != null ? failure : peer.failed() ? "the WebRTC connection failed" : null;
    }

    @Override
    public boolean sendFrame(byte[] frame) {
        return peer.push(frame);
    }

    @Override
    public RtpCounters close() {
        RtpCounters counters;
        try {
            counters = peer.stats().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            counters = RtpCounters.NONE;
        }
        peer.close();
        return counters;
    }

    /** On the playout thread: a played 10 ms block, counted as heard when audible, as 16 kHz PCM16 bytes. */
    private void played(byte[] data, int sampleRate, int channels, int frames) {
        long now = System.nanoTime();
        if (sampleRate > 0 && rms(data, channels, frames) >= AUDIBLE_RMS) {
            agentAudio.heard(now, (int) ((long) frames * 16_000 / sampleRate) * 2);
        }
    }

    static double rms(byte[] data, int channels, int frames) {
        ByteBuffer samples = ByteBuffer.wrap(data).order(ByteOrder.nativeOrder());
        int count = Math.min(frames * Math.max(1, channels), data.length / 2);
        if (count == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            double s = samples.getShort(i * 2);
            sum += s * s;
        }
        return Math.sqrt(sum / count);
    }
}
