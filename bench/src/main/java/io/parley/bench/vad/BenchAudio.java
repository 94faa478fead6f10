package io.parley.bench.vad;

import io.parley.voice.audio.WavFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Speech for the VAD benchmarks: espeak-ng when installed, otherwise noise at speech level. */
final class BenchAudio {

    private BenchAudio() {
    }

    /** About ten seconds of 16 kHz speech cut into 20 ms frames. */
    static List<short[]> speechFrames() {
        short[] audio;
        try {
            Path wav = Files.createTempFile("parley-bench", ".wav");
            Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-w", wav.toString(),
                    "Hello, I would like to book a table for four people tomorrow evening at eight. "
                            + "Could you also tell me whether you have a vegetarian menu, and where I can park?")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("espeak-ng failed");
            }
            audio = WavFile.read(wav).resampledTo(16_000).samples();
            Files.deleteIfExists(wav);
        } catch (Exception e) {
            Random random = new Random(1);
            audio = new short[16_000 * 10];
            for (int i = 0; i < audio.length; i++) {
                audio[i] = (short) (random.nextGaussian() * 3000);
            }
        }
        return frames(audio);
    }

    static List<short[]> silenceFrames(int count) {
        List<short[]> out = new ArrayList<>();
        Random random = new Random(2);
        for (int f = 0; f < count; f++) {
            short[] frame = new short[320];
            for (int i = 0; i < frame.length; i++) {
                frame[i] = (short) (random.nextGaussian() * 20); // about -64 dBFS of line hiss
            }
            out.add(frame);
        }
        return out;
    }

    private static List<short[]> frames(short[] audio) {
        List<short[]> out = new ArrayList<>();
        for (int at = 0; at + 320 <= audio.length; at += 320) {
            out.add(java.util.Arrays.copyOfRange(audio, at, at + 320));
        }
        return out;
    }
}
