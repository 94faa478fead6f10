package io.parley.voice.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes PCM16 WAV files. Multi-channel input is mixed down to mono. */
public final class WavFile {

    /** Mono PCM16 audio. */
    public record Audio(short[] samples, int sampleRate) {
        public double durationMs() {
            return samples.length * 1000.0 / sampleRate;
        }
    }

    private WavFile() {
    }

    public static Audio read(Path path) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IOException(path + " is not a RIFF/WAVE file");
        }
        int pos = 12;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (pos + 8 <= b.limit()) {
            int id = b.getInt(pos);
            int size = b.getInt(pos + 4);
            int body = pos + 8;
            if (id == 0x20746d66) { // "fmt "
                int format = b.getShort(body) & 0xffff;
                channels = b.getShort(body + 2);
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14);
                boolean pcm = format == 1 || (format == 0xFFFE && size >= 26 && b.getShort(body + 24) == 1);
                if (!pcm || bits != 16) {
                    throw new IOException(path + ": only 16-bit PCM is supported (format " + format + ", " + bits + " bits)");
                }
            } else if (id == 0x61746164) { // "data"
                if (channels == 0) {
                    throw new IOException(path + ": data before fmt chunk");
                }
                // Streams written while recording may carry a placeholder size: trust the file's end.
                int length = size <= 0 || body + size > b.limit() ? b.limit() - body : size;
                int frames = length / (2 * channels);
                short[] mono = new short[frames];
                for (int i = 0; i < frames; i++) {
                    int sum = 0;
                    for (int c = 0; c < channels; c++) {
                        sum += b.getShort(body + (i * channels + c) * 2);
                    }
                    mono[i] = (short) (sum / channels);
                }
                return new Audio(mono, rate);
            }
            pos = body + size + (size & 1);
        }
        throw new IOException(path + ": no data chunk");
    }

    /** Writes interleaved PCM16 with {@code channels} channels. */
    public static void write(Path path, short[] interleaved, int sampleRate, int channels) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + interleaved.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(36 + interleaved.length * 2).putInt(0x45564157);
        b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.putInt(0x61746164).putInt(interleaved.length * 2);
        for (short s : interleaved) {
            b.putShort(s);
        }
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(b.array());
        }
    }
}
