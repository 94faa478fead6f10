package io.parley.bench.load.webrtc;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Two caller peers connected to each other over loopback, without a node: one speaks, the other plays out. For
 * measuring WebRTC's own share of a call and for testing the caller peer itself.
 */
final class PeerPair implements AutoCloseable {

    private final CallerPeer speaker;
    private final CallerPeer listener;

    private PeerPair(CallerPeer speaker, CallerPeer listener) {
        this.speaker = speaker;
        this.listener = listener;
    }

    /** Negotiates the two peers and waits (bounded) until media flows both ways. */
    static PeerPair connect(CallerPeer.Playout listenerPlayout, Duration timeout) throws Exception {
        ConcurrentLinkedQueue<Runnable> candidates = new ConcurrentLinkedQueue<>();
        CallerPeer[] peers = new CallerPeer[2];
        peers[0] = new CallerPeer(c -> candidates.add(() -> peers[1].addRemoteCandidate(c.sdpMid, c.sdpMLineIndex,
                c.sdp)), (data, rate, channels, frames) -> { });
        peers[1] = new CallerPeer(c -> candidates.add(() -> peers[0].addRemoteCandidate(c.sdpMid, c.sdpMLineIndex,
                c.sdp)), listenerPlayout);
        PeerPair pair = new PeerPair(peers[0], peers[1]);
        try {
            pair.speaker.answer(pair.listener.acceptOffer(pair.speaker.offer()));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!(pair.speaker.mediaFlowing() && pair.listener.mediaFlowing())) {
                for (Runnable r; (r = candidates.poll()) != null; ) {
                    r.run();
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the two peers did not connect within " + timeout);
                }
                Thread.sleep(20);
            }
            return pair;
        } catch (Exception | Error e) {
            pair.close();
            throw e;
        }
    }

    CallerPeer speaker() {
        return speaker;
    }

    CallerPeer listener() {
        return listener;
    }

    /** A 20 ms frame (16 kHz PCM16, little-endian) of a sine tone at {@code hz}, amplitude 8000. */
    static byte[] toneFrame(double hz) {
        byte[] frame = new byte[640];
        for (int i = 0; i < 320; i++) {
            short s = (short) (8000 * Math.sin(2 * Math.PI * hz * i / 16_000.0));
            frame[2 * i] = (byte) s;
            frame[2 * i + 1] = (byte) (s >> 8);
        }
        return frame;
    }

    @Override
    public void close() {
        speaker.close();
        listener.close();
    }
}
