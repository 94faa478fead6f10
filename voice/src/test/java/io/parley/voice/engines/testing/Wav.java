package io.parley.voice.engines.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Mono PCM16 WAV (or headerless raw) audio for tests. */
public record Wav(short[] samples, int sampleRate) {

    /** Reads a mono 16-bit RIFF WAV file. */
    public static Wav read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.getInt(0) != 0x46464952 || bytes.getInt(8) != 0x45564157) {
            throw new IOException("not a RIFF/WAVE file: " + file);
        }
        int rate = 0;
        int position = 12;
        while (position + 8 <= bytes.limit()) {
            int id = bytes.getInt(position);
            int size = bytes.getInt(position + 4);
            if (id == 0x20746d66) { // "fmt "
                if (bytes.getShort(position + 10) != 1 || bytes.getShort(position + 22) != 16) {
                    throw new IOException("only mono PCM16 is supported: " + file);
                }
                rate = bytes.getInt(position + 12);
            } else if (id == 0x61746164) { // "data"
                int length = Math.min(size, bytes.limit() - position - 8) / 2;
                short[] samples = new short[length];
                bytes.position(position + 8);
                bytes.asShortBuffer().get(samples);
                return new Wav(samples, rate);
            }
            position += 8 + size + (size & 1);
        }
        throw new IOException("no data chunk in " + file);
    }

    /** Reads headerless little-endian PCM16 at {@code rate}. */
    public static Wav raw(Path file, int rate) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[bytes.limit() / 2];
        bytes.asShortBuffer().get(samples);
        return new Wav(samples, rate);
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }
}
