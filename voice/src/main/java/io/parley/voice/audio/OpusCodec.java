package io.parley.voice.audio;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusSignal;

/**
 * Mono Opus for one direction of one call, in pure Java (Concentus). WebRTC and the Kurento RTP leg carry Opus at
 * 48 kHz; the codec also runs at 8, 12, 16 or 24 kHz. Frames are 2.5 to 60 ms; media planes use 20 ms.
 * Not thread-safe: one encoder and one decoder per stream, as codec state carries across packets.
 */
public final class OpusCodec {

    /** Enough for any single-frame packet (RFC 6716 caps a frame at 1275 bytes). */
    private static final int MAX_PACKET = 1275;

    private OpusCodec() {
    }

    /** A voice-tuned encoder, e.g. {@code OpusCodec.encoder(48_000, 32_000)}. */
    public static Encoder encoder(int sampleRate, int bitrate) {
        return new Encoder(sampleRate, bitrate);
    }

    /** A decoder, e.g. {@code OpusCodec.decoder(48_000)}. */
    public static Decoder decoder(int sampleRate) {
        return new Decoder(sampleRate);
    }

    /** Thrown when the codec rejects a frame or packet. */
    public static final class OpusCodecException extends RuntimeException {
        OpusCodecException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Encodes one frame per call. */
    public static final class Encoder {
        private final OpusEncoder encoder;
        private final int sampleRate;
        private final byte[] packet = new byte[MAX_PACKET];

        private Encoder(int sampleRate, int bitrate) {
            try {
                this.encoder = new OpusEncoder(sampleRate, 1, OpusApplication.OPUS_APPLICATION_VOIP);
            } catch (OpusException e) {
                throw new OpusCodecException("cannot create an Opus encoder at " + sampleRate + " Hz", e);
            }
            this.sampleRate = sampleRate;
            encoder.setBitrate(bitrate);
            encoder.setSignalType(OpusSignal.OPUS_SIGNAL_VOICE);
            encoder.setComplexity(5);
        }

        /** One frame (e.g. 960 samples for 20 ms at 48 kHz) to one packet. */
        public byte[] encode(short[] frame) {
            try {
                int length = encoder.encode(frame, 0, frame.length, packet, 0, packet.length);
                return java.util.Arrays.copyOf(packet, length);
            } catch (OpusException e) {
                throw new OpusCodecException("Opus cannot encode " + frame.length + " samples at " + sampleRate, e);
            }
        }
    }

    /** Decodes one packet per call; a lost packet is concealed. */
    public static final class Decoder {
        private final OpusDecoder decoder;
        private final short[] buffer;

        private Decoder(int sampleRate) {
            try {
                this.decoder = new OpusDecoder(sampleRate, 1);
            } catch (OpusException e) {
                throw new OpusCodecException("cannot create an Opus decoder at " + sampleRate + " Hz", e);
            }
            this.buffer = new short[sampleRate * 120 / 1000];
        }

        public short[] decode(byte[] packet) {
            try {
                int samples = decoder.decode(packet, 0, packet.length, buffer, 0, buffer.length, false);
                return java.util.Arrays.copyOf(buffer, samples);
            } catch (OpusException e) {
                throw new OpusCodecException("Opus cannot decode a packet of " + packet.length + " bytes", e);
            }
        }

        /** Packet loss concealment: synthesizes {@code samples} of plausible audio for a packet that never came. */
        public short[] conceal(int samples) {
            try {
                int n = decoder.decode(null, 0, 0, buffer, 0, Math.min(samples, buffer.length), false);
                return java.util.Arrays.copyOf(buffer, n);
            } catch (OpusException e) {
                throw new OpusCodecException("Opus cannot conceal a lost packet", e);
            }
        }
    }
}
