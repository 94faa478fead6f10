package io.parley.voice.audio;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusSignal;
import java.util.Arrays;

/** Opus in pure Java (Concentus): the implementation that works on every machine. */
final class ConcentusOpus {

    private ConcentusOpus() {
    }

    static final class JavaEncoder implements OpusCodec.Encoder {
        private final OpusEncoder encoder;
        private final int sampleRate;
        private final byte[] packet = new byte[OpusCodec.MAX_PACKET];

        JavaEncoder(int sampleRate, int bitrate) {
            try {
                this.encoder = new OpusEncoder(sampleRate, 1, OpusApplication.OPUS_APPLICATION_VOIP);
            } catch (OpusException e) {
                throw new OpusCodec.OpusCodecException("cannot create an Opus encoder at " + sampleRate + " Hz", e);
            }
            this.sampleRate = sampleRate;
            encoder.setBitrate(bitrate);
            encoder.setSignalType(OpusSignal.OPUS_SIGNAL_VOICE);
            encoder.setComplexity(5);
        }

        @Override
        public byte[] encode(short[] frame) {
            try {
                int length = encoder.encode(frame, 0, frame.length, packet, 0, packet.length);
                return Arrays.copyOf(packet, length);
            } catch (OpusException e) {
                throw new OpusCodec.OpusCodecException(
                        "Opus cannot encode " + frame.length + " samples at " + sampleRate + " Hz", e);
            }
        }

        @Override
        public OpusCodec.Implementation implementation() {
            return OpusCodec.Implementation.CONCENTUS;
        }

        @Override
        public void close() {
        }
    }

    static final class JavaDecoder implements OpusCodec.Decoder {
        private final OpusDecoder decoder;
        private final short[] buffer;

        JavaDecoder(int sampleRate) {
            try {
                this.decoder = new OpusDecoder(sampleRate, 1);
            } catch (OpusException e) {
                throw new OpusCodec.OpusCodecException("cannot create an Opus decoder at " + sampleRate + " Hz", e);
            }
            this.buffer = new short[sampleRate * 120 / 1000];
        }

        @Override
        public short[] decode(byte[] packet) {
            try {
                int samples = decoder.decode(packet, 0, packet.length, buffer, 0, buffer.length, false);
                return Arrays.copyOf(buffer, samples);
            } catch (OpusException e) {
                throw new OpusCodec.OpusCodecException("Opus cannot decode a packet of " + packet.length + " bytes", e);
            }
        }

        @Override
        public short[] conceal(int samples) {
            try {
                int n = decoder.decode(null, 0, 0, buffer, 0, Math.min(samples, buffer.length), false);
                return Arrays.copyOf(buffer, n);
            } catch (OpusException e) {
                throw new OpusCodec.OpusCodecException("Opus cannot conceal a lost packet", e);
            }
        }

        @Override
        public OpusCodec.Implementation implementation() {
            return OpusCodec.Implementation.CONCENTUS;
        }

        @Override
        public void close() {
        }
    }
}
