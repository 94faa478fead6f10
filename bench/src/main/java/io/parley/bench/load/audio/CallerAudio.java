package io.parley.bench.load.audio;

import io.parley.voice.audio.Pcm16;
import io.parley.voice.audio.WavFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The callers' voices: real speech synthesized by espeak-ng when the harness starts (kept in a cache directory so a
 * sweep synthesizes once), trimmed to the speech itself so "end of speech" is the last frame sent, plus a cough-like
 * noise burst. Every caller plays the same clips; what differs is when.
 */
public record CallerAudio(Clip question, Clip longQuestion, Clip interruption, Clip backchannel, Clip cough) {

    static final int RATE = 16_000;
    static final int FRAME = 320;
    /** Frames quieter than this at either end of a clip are trimmed (espeak-ng pads with silence). */
    static final double SILENCE_DBFS = -50;

    public static CallerAudio synthesize(Path cacheDirectory) throws IOException, InterruptedException {
        Files.createDirectories(cacheDirectory);
        return new CallerAudio(
                speech(cacheDirectory, "question", "What are your opening hours on Saturday?"),
                speech(cacheDirectory, "long-question", "Do you have vegetarian options on the menu?"),
                speech(cacheDirectory, "interruption", "Wait, actually, I would like to book a table for two."),
                speech(cacheDirectory, "backchannel", "mm-hm"),
                coughBurst());
    }

    static Clip speech(Path cacheDirectory, String name, String text) throws IOException, InterruptedException {
        Path wav = cacheDirectory.resolve(name + ".wav");
        if (!Files.exists(wav)) {
            Path partial = cacheDirectory.resolve(name + ".partial.wav");
            Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "160", "-w", partial.toString(), text)
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("espeak-ng failed for '" + text + "' (is the espeak-ng package installed?)");
            }
            Files.move(partial, wav, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new Clip(name, frames(trim(WavFile.read(wav).resampledTo(RATE).samples())));
    }

    /** A 240 ms burst of decaying broadband noise at about -12 dBFS: loud, short, not speech. */
    static Clip coughBurst() {
        Random random = new Random(7);
        short[] samples = new short[RATE * 240 / 1000];
        for (int i = 0; i < samples.length; i++) {
            double envelope = Math.exp(-3.0 * i / samples.length);
            samples[i] = Pcm16.clip(random.nextGaussian() * 8000 * envelope);
        }
        return new Clip("cough", frames(samples));
    }

    static short[] trim(short[] samples) {
        int first = 0;
        int last = samples.length / FRAME - 1;
        while (first <= last && Pcm16.dbfs(Arrays.copyOfRange(samples, first * FRAME, (first + 1) * FRAME)) < SILENCE_DBFS) {
            first++;
        }
        while (last >= first && Pcm16.dbfs(Arrays.copyOfRange(samples, last * FRAME, (last + 1) * FRAME)) < SILENCE_DBFS) {
            last--;
        }
        return Arrays.copyOfRange(samples, first * FRAME, (last + 1) * FRAME);
    }

    static List<byte[]> frames(short[] samples) {
        List<byte[]> frames = new ArrayList<>();
        for (int at = 0; at + FRAME <= samples.length; at += FRAME) {
            frames.add(Pcm16.toBytesLE(Arrays.copyOfRange(samples, at, at + FRAME)));
        }
        return frames;
    }
}
