package io.parley.app.media.webrtc;

import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.AudioTrackSink;
import dev.onvoid.webrtc.media.audio.CustomAudioSource;
import io.parley.app.media.WebRtcLeg;
import io.parley.voice.audio.PcmFrame;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser call on the embedded WebRTC plane, seen by the session as a {@link WebRtcLeg}: caller audio arrives as
 * 20 ms frames of 16 kHz mono, agent audio goes out through an Opus track.
 *
 * <p>Trickle ICE ordering: a browser rejects candidates that arrive before the answer they belong to, so local
 * candidates are held until {@link #answerDelivered()} says the answer (first or after an ICE restart) is on its
 * way, then delivered in order. Every WebRTC callback runs on a native thread; nothing thrown there escapes.
 */
public final class WebRtcCall implements WebRtcLeg {

    private static final Logger log = LoggerFactory.getLogger(WebRtcCall.class);

    private final WebRtcPlane plane;
    private final long id;
    private final CandidateGate candidates;
    private final CallerAudioFramer callerFramer = new CallerAudioFramer();
    private final AgentAudioOutput agentOutput;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Held while agent audio is pushed into the native source (by the pacer, every 10 ms). */
    private final Object pushLock = new Object();
    /** Held while the peer connection is renegotiated or given candidates; never blocks the pacer. */
    private final Object negotiationLock = new Object();
    private final AudioTrackSink callerSinkAdapter = this::onRemoteAudio;

    private volatile Consumer<PcmFrame> callerAudioSink = frame -> { };
    private volatile Consumer<String> closedListener = reason -> { };
    private volatile String answerSdp;
    private RTCPeerConnection peer;
    private WebRtcEngine engine;
    private SendStreamGate sendGate;
    private CustomAudioSource agentSource;
    /** Held for the call's lifetime; the closed connection's sender keeps the native reference (see teardown). */
    private AudioTrack agentTrack;
    private volatile AudioTrack callerTrack;

    WebRtcCall(WebRtcPlane plane, long id, Consumer<IceCandidate> onLocalCandidate, int agentBufferBlocks) {
        this.plane = plane;
        this.id = id;
        this.candidates = new CandidateGate(onLocalCandidate);
        this.agentOutput = new AgentAudioOutput(agentBufferBlocks);
    }

    void attach(WebRtcEngine engine, RTCPeerConnection peer, CustomAudioSource agentSource, AudioTrack agentTrack,
                String answerSdp) {
        // Under the push lock: the pacer already sees this call and must see all of it or none of it.
        synchronized (pushLock) {
            this.engine = engine;
            this.peer = peer;
            this.sendGate = peer == null ? null : new SendStreamGate(engine, peer);
            this.agentSource = agentSource;
            this.agentTrack = agentTrack;
            this.answerSdp = answerSdp;
        }
    }

    /** The SDP answer for the browser's latest offer. */
    public String answerSdp() {
        return answerSdp;
    }

    /**
     * Releases local ICE candidates: those gathered so far now, in order, and later ones as they come. Call it
     * once the answer from {@link WebRtcPlane#answer} or {@link #restartIce} has been handed to the signaling channel.
     */
    public void answerDelivered() {
        candidates.open();
    }

    /** Adds a candidate the browser trickled. An empty candidate line (end of candidates) is accepted and ignored. */
    public void addRemoteCandidate(IceCandidate candidate) {
        Objects.requireNonNull(candidate, "candidate");
        ensureOpen();
        String line = candidate.candidate().strip();
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("a=")) {
            line = line.substring(2);
        }
        if (!line.startsWith("candidate:") || line.split(" ").length < 8 || line.indexOf('\n') >= 0) {
            throw WebRtcException.badInput("not an ICE candidate line: " + abbreviate(line));
        }
        String mid = candidate.sdpMid() == null ? "" : candidate.sdpMid();
        synchronized (negotiationLock) {
            ensureOpen();
            try {
                peer.addIceCandidate(new RTCIceCandidate(mid, candidate.sdpMLineIndex(), line));
            } catch (Error | RuntimeException refused) {
                // The native binding reports a candidate it cannot parse as java.lang.Error.
                throw WebRtcException.badInput("the ICE candidate was refused: " + refused.getMessage());
            }
        }
    }

    /**
     * Renegotiates after the browser restarted ICE (network change): applies its new offer on this same call and
     * returns the answer. Audio keeps flowing through the same tracks. Local candidates are held again until
     * {@link #answerDelivered()}.
     */
    public String restartIce(String newOfferSdp) {
        String offer = SdpChecks.offer(newOfferSdp);
        candidates.close();
        synchronized (negotiationLock) {
            ensureOpen();
            try {
                answerSdp = plane.sdpSteps().answer(peer, offer);
            } catch (RuntimeException refused) {
                // The previous answer still stands; its candidates need not wait for anything.
                answerDelivered();
                throw refused;
            }
        }
        return answerSdp;
    }

    @Override
    public String transport() {
        return "webrtc";
    }

    @Override
    public void onCallerAudio(Consumer<PcmFrame> sink) {
        callerAudioSink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void sendAgentAudio(PcmFrame frame) {
        if (!closed.get()) {
            agentOutput.offer(frame);
        }
    }

    @Override
    public void flushAgentAudio() {
        agentOutput.flush();
    }

    @Override
    public void onClosed(Consumer<String> reason) {
        closedListener = Objects.requireNonNull(reason, "reason");
    }

    /** 10 ms blocks of agent audio waiting to be sent. */
    public int queuedAgentBlocks() {
        return agentOutput.queuedBlocks();
    }

    @Override
    public void close() {
        close("closed by the server");
    }

    void close(String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        plane.release(this);
        // Barriers: once both locks have been taken after the flag flipped, no push or negotiation is in flight.
        synchronized (negotiationLock) {
            synchronized (pushLock) {
                // nothing: the flag is set, every later attempt sees it
            }
            teardown();
        }
        try {
            closedListener.accept(reason);
        } catch (RuntimeException listenerFailed) {
            log.warn("WebRTC call {}: close listener failed", id, listenerFailed);
        }
    }

    /**
     * Native order: stop reading and feeding the tracks, close the peer connection, free the source, then hand the
     * call's factory and audio module back to the plane for the next call.
     */
    private void teardown() {
        try {
            AudioTrack remote = callerTrack;
            if (remote != null) {
                remote.removeSink(callerSinkAdapter);
            }
            if (peer != null) {
                peer.close();
            }
            // The local track stays with the closed connection's sender: disposing it here would drop a
            // reference the native sender still counts on. The source's own reference is ours to release.
            if (agentSource != null) {
                agentSource.dispose();
            }
            if (engine != null) {
                plane.engineReleased(engine);
            }
        } catch (Throwable failed) {
            log.warn("WebRTC call {}: teardown failed", id, failed);
        }
    }

    /** Called by the plane's pacer every 10 ms. */
    void pushAgentBlock() {
        synchronized (pushLock) {
            if (closed.get() || agentSource == null || sendGate == null || !sendGate.readyToPush()) {
                return;
            }
            byte[] block = agentOutput.nextBlock();
            agentSource.pushAudio(block, 16, AgentAudioOutput.RATE, 1, AgentAudioOutput.BLOCK_SAMPLES);
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    long id() {
        return id;
    }

    PeerConnectionObserver observer() {
        return new CallObserver(this);
    }

    void localCandidate(IceCandidate candidate) {
        candidates.offer(candidate);
    }

    /** The caller's audio track, from the offer; only the first one is listened to. */
    void callerTrack(AudioTrack audio) {
        if (callerTrack != null) {
            return;
        }
        callerTrack = audio;
        audio.addSink(callerSinkAdapter);
        // Nobody listens to this node's playout; muting the track zeroes the caller in the playout mix (our sink
        // gets the audio before that gain), so while the audio module's capture thread runs (until the send gate
        // stops it) it can only send silence back, never the caller's own voice.
        audio.setEnabled(false);
    }

    private void onRemoteAudio(byte[] data, int bitsPerSample, int sampleRate, int channels, int frames) {
        try {
            if (closed.get()) {
                return;
            }
            // Until the send gate stops it, the capture thread pulls the playout mix too: two threads may be here.
            synchronized (callerFramer) {
                callerFramer.accept(data, bitsPerSample, sampleRate, channels, frames, callerAudioSink);
            }
        } catch (Throwable failed) {
            log.warn("WebRTC call {}: caller audio dropped", id, failed);
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw WebRtcException.closed("this WebRTC call");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
