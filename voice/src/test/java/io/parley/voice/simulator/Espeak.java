package io.parley.voice.simulator;

import io.parley.voice.audio.Resampler;
import io.parley.voice.audio.WavFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Real caller speech for tests, spoken by the espeak-ng command-line tool (Debian package espeak-ng). */
final class Espeak {

    private Espeak() {
    }

    /** {@code text} spoken by espeak-ng, at its native rate (22.05 kHz). */
    static WavFile.Audio say(String text, Path dir) throws IOException, InterruptedException {
        Path wav = Files.createTempFile(dir, "caller", ".wav");
        Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "160", "-w", wav.toString(), text)
                .redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("espeak-ng failed: " + new String(p.getInputStream().readAllBytes()));
        }
        return WavFile.read(wav);
    }
}
