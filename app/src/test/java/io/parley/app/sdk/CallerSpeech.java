package io.parley.app.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The fake microphone's recording: one question synthesized by espeak-ng, framed by silence. Chromium loops the
 * file, so the silence after the question is long enough for the agent to answer before the question comes again,
 * and the silence before it covers the call's setup.
 */
final class CallerSpeech {

    private CallerSpeech() {
    }

    static Path write(Path directory, String question, int silenceBeforeMs, int silenceAfterMs)
            throws IOException, InterruptedException {
        Path spoken = directory.resolve("question.wav");
        Process espeak = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "150", "-w", spoken.toString(), question)
                .redirectErrorStream(true).start();
        String output = new String(espeak.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(espeak.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(espeak.exitValue()).as("espeak-ng (apt-get install espeak-ng): %s", output).isZero();

        ByteBuffer wav = ByteBuffer.wrap(Files.readAllBytes(spoken)).order(ByteOrder.LITTLE_ENDIAN);
        int rate = 0;
        byte[] pcm = null;
        for (int at = 12; at + 8 <= wav.limit() && pcm == null; ) {
            String id = new String(wav.array(), at, 4, StandardCharsets.US_ASCII);
            int size = wav.getInt(at + 4);
            if (id.equals("fmt ")) {
                rate = wav.getInt(at + 12);
            } else if (id.equals("data")) {
                // espeak-ng may write a placeholder size; the file's length is the truth.
                int length = Math.min(size <= 0 ? Integer.MAX_VALUE : size, wav.limit() - at - 8) & ~1;
                pcm = new byte[length];
                System.arraycopy(wav.array(), at + 8, pcm, 0, length);
            }
            at += 8 + size + (size & 1);
        }
        assertThat(pcm).as("audio in espeak-ng's output").isNotNull();
        int before = rate * silenceBeforeMs / 1000 * 2;
        int after = rate * silenceAfterMs / 1000 * 2;
        Path padded = directory.resolve("caller.wav");
        Files.write(padded, wavFile(rate, before, pcm, after));
        return padded;
    }

    private static byte[] wavFile(int rate, int silenceBefore, byte[] pcm, int silenceAfter) {
        int data = silenceBefore + pcm.length + silenceAfter;
        ByteBuffer out = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
        out.position(44 + silenceBefore);
        out.put(pcm);
        return out.array();
    }
}
