package io.parley.voice.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes RIFF WAVE files. Reading accepts PCM 8/16/24/32-bit and 32-bit float at any rate with any channel
 * count and returns mono PCM16 at the file's rate (channels averaged); writing produces mono PCM16.
 */
public final class WavFile {

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private WavFile() {
    }

    /** Mono PCM16 audio of a WAV file, e.g. {@code WavFile.read(path).resampledTo(16_000)}. */
    public record Audio(short[] samples, int sampleRate) {
        public double durationMs() {
            return samples.length * 1000.0 / sampleRate;
        }

        public Audio resampledTo(int rate) {
            return rate == sampleRate ? this : new Audio(Resampler.convert(samples, sampleRate, rate), rate);
        }
    }

    public static Audio read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Audio parse(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IllegalArgumentException("not a RIFF/WAVE file");
        }
        int format = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int pos = 12;
        while (pos + 8 <= bytes.length) {
            int id = b.getInt(pos);
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            int body = pos + 8;
            if (id == 0x20746d66) { // "fmt "
                format = b.getShort(body) & 0xffff;
                channels = b.getShort(body + 2);
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14);
                if (format == FORMAT_EXTENSIBLE && size >= 26) {
                    format = b.getShort(body + 24) & 0xffff;
                }
            } else if (id == 0x61746164) { // "data"
                if (format < 0) {
                    throw new IllegalArgumentException("WAV data chunk before its fmt chunk");
                }
                // Streaming writers leave the size at 0 or 0xFFFFFFFF: take what the file holds.
                int length = (int) Math.min(size == 0 ? Long.MAX_VALUE : size, bytes.length - body);
                short[] interleaved = decode(b, body, length, format, bits);
                return new Audio(Pcm16.downmix(interleaved, Math.max(1, channels)), rate);
            }
            pos = (int) Math.min(bytes.length, body + size + (size & 1));
        }
        throw new IllegalArgumentException("WAV file has no data chunk");
    }

    private static short[] decode(ByteBuffer b, int offset, int length, int format, int bits) {
        int width = bits / 8;
        short[] out = new short[length / width];
        for (int i = 0; i < out.length; i++) {
            int at = offset + i * width;
            out[i] = switch (format == FORMAT_FLOAT ? -bits : bits) {
                case 8 -> (short) (((b.get(at) & 0xff) - 128) << 8);
                case 16 -> b.getShort(at);
                case 24 -> (short) ((b.get(at + 2) << 8) | (b.get(at + 1) & 0xff));
                case 32 -> (short) (b.getInt(at) >> 16);
                case -32 -> Pcm16.clip(b.getFloat(at) * 32768.0);
                default -> throw new IllegalArgumentException("unsupported WAV encoding: format " + format
                        + ", " + bits + " bits");
            };
        }
        return out;
    }

    public static void write(Path file, short[] samples, int sampleRate) {
        try {
            Files.write(file, encode(samples, sampleRate));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A complete mono PCM16 WAV file in memory. */
    public static byte[] encode(short[] samples, int sampleRate) {
        int dataBytes = samples.length * 2;
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0x46464952).putInt(36 + dataBytes).putInt(0x45564157);
        h.putInt(0x20746d66).putInt(16).putShort((short) FORMAT_PCM).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        h.putInt(0x61746164).putInt(dataBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + dataBytes);
        out.writeBytes(h.array());
        out.writeBytes(Pcm16.toBytesLE(samples));
        return out.toByteArray();
    }
}
