package io.parley.bench.load.webrtc;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.RTCAnswerOptions;
import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.AudioTrackSink;
import dev.onvoid.webrtc.media.audio.CustomAudioSource;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;
import io.parley.bench.load.caller.RtpCounters;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The caller's end of a WebRTC call, as a browser would hold it: a libwebrtc peer connection that offers one audio
 * track (the caller's voice, pushed 10 ms at a time) and plays the agent's track out through a headless audio
 * device, whose playout thread pulls the decoded audio every 10 ms, exactly when a sound card would.
 *
 * <p>Each caller owns its factory and audio module. WebRTC starts the module's capture thread with the send stream,
 * and that thread would feed the send stream with the module's playout (the agent's voice, straight back) and race
 * the pushed audio inside the native send stream. So the voice is pushed only after the stream has started and the
 * capture thread has been stopped ({@link #mediaFlowing()}), it is stopped again before every push (WebRTC restarts
 * it with the send stream; left running, it made the node hear each utterance about 0.9 s longer than it was), and
 * the agent's track is muted: its sink still sees the audio, the playout mix does not.
 *
 * <p>Every native callback catches everything: an exception escaping into libwebrtc's threads can abort the JVM.
 */
final class CallerPeer implements AutoCloseable {

    /** Decoded agent audio as it is played out: PCM16 in native order. */
    interface Playout {
        void played(byte[] data, int sampleRate, int channels, int frames);
    }

    private static final int RATE = 16_000;
    private static final int BLOCK_SAMPLES = RATE / 100;

    private final HeadlessAudioDeviceModule audioModule = new HeadlessAudioDeviceModule();
    private final PeerConnectionFactory factory;
    private final RTCPeerConnection peer;
    private final CustomAudioSource voice = new CustomAudioSource();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean statsPending = new AtomicBoolean();
    private final Object pushLock = new Object();
    /** One 10 ms block, reused under the push lock: the native push copies it before returning. */
    private final byte[] block = new byte[BLOCK_SAMPLES * 2];
    private final AudioTrackSink sink;
    private volatile AudioTrack agentTrack;
    private volatile boolean sendStreamStarted;
    private volatile boolean connected;
    private volatile boolean failed;
    private boolean recordingStopped;

    CallerPeer(Consumer<RTCIceCandidate> localCandidate, Playout playout) {
        factory = new PeerConnectionFactory(audioModule);
        audioModule.initPlayout();
        audioModule.startPlayout();
        sink = (data, bits, rate, channels, frames) -> {
            try {
                if (bits == 16 && !closed.get()) {
                    playout.played(data, rate, channels, frames);
                }
            } catch (Throwable ignored) {
                // A measurement lost is better than a JVM aborted from a native thread.
            }
        };
        peer = factory.createPeerConnection(new RTCConfiguration(), new PeerConnectionObserver() {
            @Override
            public void onIceCandidate(RTCIceCandidate candidate) {
                try {
                    localCandidate.accept(candidate);
                } catch (Throwable ignored) {
                    // The node still has the other candidates; a failed call shows up in the caller's outcome.
                }
            }

            @Override
            public void onTrack(RTCRtpTransceiver transceiver) {
                try {
                    MediaStreamTrack track = transceiver.getReceiver().getTrack();
                    if (track instanceof AudioTrack audio && agentTrack == null) {
                        agentTrack = audio;
                        audio.addSink(sink);
                        audio.setEnabled(false);
                    }
                } catch (Throwable ignored) {
                    // No agent audio will be measured; the caller reports the turns as unanswered.
                }
            }

            @Override
            public void onConnectionChange(RTCPeerConnectionState state) {
                connected = state == RTCPeerConnectionState.CONNECTED;
                failed |= state == RTCPeerConnectionState.FAILED;
            }
        });
        AudioTrack track = factory.createAudioTrack("caller-voice", voice);
        peer.addTrack(track, List.of("caller"));
    }

    /** Creates the offer and sets it as the local description; candidates then trickle to the callback. */
    String offer() throws Exception {
        CompletableFuture<RTCSessionDescription> created = new CompletableFuture<>();
        peer.createOffer(new RTCOfferOptions(), created(created, "offer"));
        RTCSessionDescription offer = created.get(10, TimeUnit.SECONDS);
        CompletableFuture<Void> set = new CompletableFuture<>();
        peer.setLocalDescription(offer, settled(set, "local offer"));
        set.get(10, TimeUnit.SECONDS);
        return offer.sdp;
    }

    /** Applies the node's answer; returns when WebRTC has accepted (or refused) it. */
    void answer(String sdp) throws Exception {
        CompletableFuture<Void> set = new CompletableFuture<>();
        peer.setRemoteDescription(new RTCSessionDescription(RTCSdpType.ANSWER, sdp), settled(set, "answer"));
        set.get(10, TimeUnit.SECONDS);
    }

    /**
     * Answers another peer's offer, so two callers can talk to each other without a node (WebRTC's own share of
     * a call's latency, and the tests of this class).
     */
    String acceptOffer(String offerSdp) throws Exception {
        CompletableFuture<Void> applied = new CompletableFuture<>();
        peer.setRemoteDescription(new RTCSessionDescription(RTCSdpType.OFFER, offerSdp), settled(applied, "offer"));
        applied.get(10, TimeUnit.SECONDS);
        CompletableFuture<RTCSessionDescription> created = new CompletableFuture<>();
        peer.createAnswer(new RTCAnswerOptions(), created(created, "answer"));
        RTCSessionDescription answer = created.get(10, TimeUnit.SECONDS);
        CompletableFuture<Void> set = new CompletableFuture<>();
        peer.setLocalDescription(answer, settled(set, "local answer"));
        set.get(10, TimeUnit.SECONDS);
        return answer.sdp;
    }

    void addRemoteCandidate(String sdpMid, int sdpMLineIndex, String candidate) {
        if (!closed.get() && candidate != null && !candidate.isBlank()) {
            peer.addIceCandidate(new RTCIceCandidate(sdpMid, sdpMLineIndex, candidate));
        }
    }

    boolean failed() {
        return failed;
    }

    /**
     * True once the caller's voice can be pushed: the connection is up, the send stream has sent packets and the
     * audio module's capture thread is stopped. Asks WebRTC for its stats while it is not yet so.
     */
    boolean mediaFlowing() {
        if (sendStreamStarted) {
            synchronized (pushLock) {
                if (!recordingStopped) {
                    audioModule.stopRecording();
                    recordingStopped = true;
                }
            }
            return true;
        }
        if (connected && statsPending.compareAndSet(false, true)) {
            peer.getStats(report -> {
                try {
                    sendStreamStarted = RtpStatsReader.read(report).packetsSent() > 0;
                } catch (Throwable ignored) {
                    // Asked again on the next check.
                } finally {
                    statsPending.set(false);
                }
            });
        }
        return false;
    }

    /** Pushes one 20 ms frame of 16 kHz PCM16 (little-endian) as the two 10 ms blocks WebRTC's encoder takes. */
    boolean push(byte[] frame) {
        synchronized (pushLock) {
            if (closed.get() || !recordingStopped) {
                return false;
            }
            // WebRTC starts the capture thread again whenever it restarts the send stream; cheap when stopped.
            audioModule.stopRecording();
            for (int offset = 0; offset + block.length <= frame.length; offset += block.length) {
                System.arraycopy(frame, offset, block, 0, block.length);
                voice.pushAudio(block, 16, RATE, 1, BLOCK_SAMPLES);
            }
            return true;
        }
    }

    /** The call's RTP statistics as WebRTC keeps them (packets, loss, concealment, jitter buffer). */
    CompletableFuture<RtpCounters> stats() {
        CompletableFuture<RtpCounters> result = new CompletableFuture<>();
        if (closed.get()) {
            result.complete(RtpCounters.NONE);
            return result;
        }
        peer.getStats((RTCStatsReport report) -> {
            try {
                result.complete(RtpStatsReader.read(report));
            } catch (Throwable e) {
                result.complete(RtpCounters.NONE);
            }
        });
        return result;
    }

    /** The library's order: stop feeding and reading the tracks, close the connection, then the factory. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        synchronized (pushLock) {
            AudioTrack remote = agentTrack;
            if (remote != null) {
                remote.removeSink(sink);
            }
            peer.close();
            voice.dispose();
            try {
                audioModule.stopRecording();
                audioModule.stopPlayout();
            } catch (Throwable ignored) {
                // Stopping what never ran is not worth failing the hang-up for.
            }
            factory.dispose();
            audioModule.dispose();
        }
    }

    private static CreateSessionDescriptionObserver created(CompletableFuture<RTCSessionDescription> done,
                                                            String what) {
        return new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                done.complete(description);
            }

            @Override
            public void onFailure(String error) {
                done.completeExceptionally(new IllegalStateException(what + ": " + error));
            }
        };
    }

    private static SetSessionDescriptionObserver settled(CompletableFuture<Void> done, String what) {
        return new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                done.complete(null);
            }

            @Override
            public void onFailure(String error) {
                done.completeExceptionally(new IllegalStateException(what + ": " + error));
            }
        };
    }
}
