package io.parley.app.media.kurento;

import io.parley.app.media.OutputResampler;
import io.parley.voice.audio.FrameSplitter;
import io.parley.voice.audio.G711;
import io.parley.voice.audio.PcmFrame;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parley's end of a call's RTP: PCMU (payload type 0, 8 kHz, 20 ms packets) on a UDP socket Parley owns.
 * Incoming packets are depacketized, decoded from mu-law and cut into 20 ms, 16 kHz frames for the engine; agent
 * audio is resampled to 8 kHz, encoded and sent as one packet per 20 ms as soon as it is there (the session paces).
 */
final class RtpAudioLink implements AutoCloseable {

    static final int PCMU = 0;
    private static final int SAMPLES_PER_PACKET = 160;
    private static final Logger log = LoggerFactory.getLogger(RtpAudioLink.class);

    private final DatagramSocket socket;
    private final FrameSplitter splitter = new FrameSplitter(8_000, PcmFrame.ENGINE_RATE, PcmFrame.FRAME_MS);
    private final OutputResampler toNarrowband = new OutputResampler(8_000);
    private final short[] outgoing = new short[SAMPLES_PER_PACKET];
    private final int ssrc = new SecureRandom().nextInt();
    private volatile Consumer<PcmFrame> sink = frame -> { };
    private volatile InetSocketAddress remote;
    private int outgoingFill;
    private int sequence = new SecureRandom().nextInt(1 << 16);
    private long timestamp = Integer.toUnsignedLong(new SecureRandom().nextInt());
    private boolean firstPacket = true;
    private volatile long packetsIn;
    private volatile long packetsOut;
    private final Thread receiver;

    RtpAudioLink(DatagramSocket socket) {
        this.socket = socket;
        this.receiver = Thread.ofVirtual().name("rtp-in-" + socket.getLocalPort()).start(this::receive);
    }

    int localPort() {
        return socket.getLocalPort();
    }

    /** Where agent audio goes: the RtpEndpoint's address and port from its SDP answer. */
    void connectTo(InetSocketAddress address) {
        this.remote = address;
    }

    void onAudio(Consumer<PcmFrame> sink) {
        this.sink = sink;
    }

    /** Encodes and sends agent audio, one RTP packet per 160 samples (20 ms at 8 kHz). */
    synchronized void send(PcmFrame frame) {
        InetSocketAddress target = remote;
        if (target == null || socket.isClosed()) {
            return;
        }
        short[] samples = toNarrowband.convert(frame);
        int offset = 0;
        while (offset < samples.length) {
            int take = Math.min(SAMPLES_PER_PACKET - outgoingFill, samples.length - offset);
            System.arraycopy(samples, offset, outgoing, outgoingFill, take);
            outgoingFill += take;
            offset += take;
            if (outgoingFill == SAMPLES_PER_PACKET) {
                sendPacket(target, G711.encodeUlaw(outgoing));
                outgoingFill = 0;
            }
        }
    }

    /** Drops agent audio not yet sent (a partial packet), so a barge-in stops the agent at once. */
    synchronized void flush() {
        outgoingFill = 0;
        Arrays.fill(outgoing, (short) 0);
    }

    private void sendPacket(InetSocketAddress target, byte[] payload) {
        byte[] packet = new byte[12 + payload.length];
        packet[0] = (byte) 0x80;
        packet[1] = (byte) ((firstPacket ? 0x80 : 0) | PCMU);
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        packet[4] = (byte) (timestamp >> 24);
        packet[5] = (byte) (timestamp >> 16);
        packet[6] = (byte) (timestamp >> 8);
        packet[7] = (byte) timestamp;
        packet[8] = (byte) (ssrc >> 24);
        packet[9] = (byte) (ssrc >> 16);
        packet[10] = (byte) (ssrc >> 8);
        packet[11] = (byte) ssrc;
        System.arraycopy(payload, 0, packet, 12, payload.length);
        try {
            socket.send(new DatagramPacket(packet, packet.length, target));
            packetsOut++;
        } catch (IOException e) {
            log.debug("RTP send to {} failed: {}", target, e.getMessage());
        }
        firstPacket = false;
        sequence = (sequence + 1) & 0xFFFF;
        timestamp = (timestamp + SAMPLES_PER_PACKET) & 0xFFFFFFFFL;
    }

    private void receive() {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
            } catch (IOException closed) {
                return;
            }
            byte[] payload = RtpPacket.payloadOf(buffer, packet.getLength(), PCMU);
            if (payload == null) {
                continue; // not RTP, or another payload type (RTCP, telephone-event): nothing for the engine
            }
            packetsIn++;
            for (PcmFrame frame : splitter.push(G711.decodeUlaw(payload))) {
                sink.accept(frame);
            }
        }
    }

    long packetsIn() {
        return packetsIn;
    }

    long packetsOut() {
        return packetsOut;
    }

    @Override
    public void close() {
        socket.close();
        receiver.interrupt();
    }
}
