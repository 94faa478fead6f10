package io.parley.app.media.webrtc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the mono PCM16 WAV files espeak-ng writes, and measures speech in 20 ms windows. */
record Wav(short[] samples, int sampleRate) {

    static Wav read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int rate = 0;
        int position = 12;
        while (position + 8 <= bytes.limit()) {
            String id = new String(bytes.array(), position, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int size = bytes.getInt(position + 4);
            if (id.equals("fmt ")) {
                rate = bytes.getInt(position + 12);
            } else if (id.equals("data")) {
                // espeak-ng writes a placeholder size when streaming; trust the file length instead.
                int available = Math.min(size <= 0 ? Integer.MAX_VALUE : size, bytes.limit() - position - 8);
                short[] samples = new short[available / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = bytes.getShort(position + 8 + i * 2);
                }
                return new Wav(samples, rate);
            }
            position += 8 + size + (size & 1);
        }
        throw new IOException("no data chunk in " + file);
    }

    double durationMs() {
        return samples.length * 1000.0 / sampleRate;
    }

    /** Milliseconds of 20 ms windows whose RMS exceeds {@code threshold}. */
    double voicedMs(double threshold) {
        return Levels.voicedMs(samples, sampleRate, threshold);
    }
}
