package io.parley.app.media.kurento;

import io.parley.app.media.OutputResampler;
import io.parley.voice.audio.FrameSplitter;
import io.parley.voice.audio.G711;
import io.parley.voice.audio.OpusCodec;
import io.parley.voice.audio.PcmFrame;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parley's end of a call's RTP on a UDP socket Parley owns, in the codec the RTP answer settled: PCMU (payload type 0,
 * 8 kHz) or Opus (48 kHz, through {@link OpusCodec}: libopus, else Concentus), 20 ms packets. Incoming packets are
 * decoded and cut into 20 ms, 16 kHz frames for the engine; agent audio is resampled to the codec's rate, encoded and
 * sent as one packet per 20 ms as soon as it is there (the session paces). Until {@link #negotiated} it speaks PCMU.
 */
final class RtpAudioLink implements AutoCloseable {

    static final int PCMU = 0;
    private static final int OPUS_BITRATE = 32_000;
    private static final Logger log = LoggerFactory.getLogger(RtpAudioLink.class);

    private final DatagramSocket socket;
    private final int ssrc = new SecureRandom().nextInt();
    private volatile Consumer<PcmFrame> sink = frame -> { };
    private volatile InetSocketAddress remote;
    private volatile Map<Integer, RtpCodec> receiving = Map.of(PCMU, RtpCodec.PCMU);
    private int sequence = new SecureRandom().nextInt(1 << 16);
    private long timestamp = Integer.toUnsignedLong(new SecureRandom().nextInt());
    private boolean firstPacket = true;
    private Sender sender = new Sender(RtpCodec.PCMU, PCMU);
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

    /** The codecs the RTP answer settled: what to send with, and which payload types to decode. */
    synchronized void negotiated(RtpCodec.Negotiated codecs) {
        sender.close();
        sender = new Sender(codecs.send(), codecs.sendPayloadType());
        receiving = codecs.receive();
    }

    /** The codec agent audio leaves in. */
    synchronized RtpCodec sending() {
        return sender.codec;
    }

    /** Where agent audio goes: the RtpEndpoint's address and port from its SDP answer. */
    void connectTo(InetSocketAddress address) {
        this.remote = address;
    }

    void onAudio(Consumer<PcmFrame> sink) {
        this.sink = sink;
    }

    /** Encodes and sends agent audio, one RTP packet per 20 ms of it. */
    synchronized void send(PcmFrame frame) {
        InetSocketAddress target = remote;
        if (target == null || socket.isClosed()) {
            return;
        }
        sender.push(frame, payload -> sendPacket(target, payload));
    }

    /** Drops agent audio not yet sent (a partial packet), so a barge-in stops the agent at once. */
    synchronized void flush() {
        sender.fill = 0;
    }

    private void sendPacket(InetSocketAddress target, byte[] payload) {
        byte[] packet = new byte[12 + payload.length];
        packet[0] = (byte) 0x80;
        packet[1] = (byte) ((firstPacket ? 0x80 : 0) | sender.payloadType);
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
        timestamp = (timestamp + sender.codec.samplesPerPacket()) & 0xFFFFFFFFL;
    }

    private void receive() {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        Map<Integer, Receiver> decoders = new HashMap<>();
        try {
            while (!socket.isClosed()) {
                try {
                    packet.setLength(buffer.length);
                    socket.receive(packet);
                } catch (IOException closed) {
                    return;
                }
                int payloadType = RtpPacket.payloadType(buffer, packet.getLength());
                RtpCodec codec = receiving.get(payloadType);
                byte[] payload = codec == null ? null : RtpPacket.payloadOf(buffer, packet.getLength(), payloadType);
                if (payload == null) {
                    continue; // not RTP, or a format not negotiated (RTCP, telephone-event): nothing for the engine
                }
                packetsIn++;
                Receiver decoder = decoders.computeIfAbsent(payloadType, pt -> new Receiver(codec));
                for (PcmFrame frame : decoder.decode(payload)) {
                    sink.accept(frame);
                }
            }
        } finally {
            decoders.values().forEach(Receiver::close);
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
        synchronized (this) {
            sender.close();
        }
    }

    /** One payload type's decoding: mu-law or Opus, then 20 ms frames at the engine's rate. */
    private static final class Receiver implements AutoCloseable {
        private final OpusCodec.Decoder opus;
        private final FrameSplitter splitter;

        Receiver(RtpCodec codec) {
            this.opus = codec == RtpCodec.OPUS ? OpusCodec.decoder(codec.clockRate()) : null;
            this.splitter = new FrameSplitter(codec.clockRate(), PcmFrame.ENGINE_RATE, PcmFrame.FRAME_MS);
        }

        List<PcmFrame> decode(byte[] payload) {
            if (opus == null) {
                return splitter.push(G711.decodeUlaw(payload));
            }
            try {
                return splitter.push(opus.decode(payload));
            } catch (OpusCodec.OpusCodecException e) {
                log.debug("undecodable Opus packet dropped: {}", e.getMessage());
                return List.of();
            }
        }

        @Override
        public void close() {
            if (opus != null) {
                opus.close();
            }
        }
    }

    /** Agent audio to packets in one codec: resampled, gathered into 20 ms, encoded. Guarded by the link. */
    private static final class Sender implements AutoCloseable {
        final RtpCodec codec;
        final int payloadType;
        private final OutputResampler resampler;
        private final OpusCodec.Encoder opus;
        private final short[] outgoing;
        int fill;

        Sender(RtpCodec codec, int payloadType) {
            this.codec = codec;
            this.payloadType = payloadType;
            this.resampler = new OutputResampler(codec.clockRate());
            this.opus = codec == RtpCodec.OPUS ? OpusCodec.encoder(codec.clockRate(), OPUS_BITRATE) : null;
            this.outgoing = new short[codec.samplesPerPacket()];
        }

        void push(PcmFrame frame, Consumer<byte[]> packets) {
            short[] samples = resampler.convert(frame);
            int offset = 0;
            while (offset < samples.length) {
                int take = Math.min(outgoing.length - fill, samples.length - offset);
                System.arraycopy(samples, offset, outgoing, fill, take);
                fill += take;
                offset += take;
                if (fill == outgoing.length) {
                    packets.accept(opus == null ? G711.encodeUlaw(outgoing) : opus.encode(outgoing));
                    fill = 0;
                }
            }
        }

        @Override
        public void close() {
            if (opus != null) {
                opus.close();
            }
        }
    }
}
