package io.parley.voice.engines.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real speech for tests, synthesised with the espeak-ng command-line tool (Debian package espeak-ng). */
public final class Speech {

    private Speech() {
    }

    /** {@code text} spoken by espeak-ng in {@code voice}, at 16 kHz. */
    public static short[] espeak16k(String text, String voice) {
        Wav wav = espeak(text, voice);
        return Resampler.resample(wav.samples(), wav.sampleRate(), 16_000);
    }

    /** {@code text} spoken by espeak-ng at its native rate (22050 Hz). */
    public static Wav espeak(String text, String voice) {
        try {
            Path out = Files.createTempFile("parley-speech", ".wav");
            try {
                Process process = new ProcessBuilder(List.of("espeak-ng", "-v", voice, "-w", out.toString(), text))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException("espeak-ng failed on: " + text);
                }
                return Wav.read(out);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("espeak-ng is not runnable (install the Debian package espeak-ng)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
