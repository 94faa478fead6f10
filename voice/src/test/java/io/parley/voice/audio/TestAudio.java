package io.parley.voice.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Real test audio: speech synthesized by the espeak-ng command-line tool, plus the non-speech sounds a call
 * carries (silence, hiss, a cough-like burst, a door knock, tones). Shared by the audio, VAD, turn and barge-in tests.
 */
public final class TestAudio {

    public static final int RATE = PcmFrame.ENGINE_RATE;

    private TestAudio() {
    }

    /** {@code text} spoken by espeak-ng (US English), as 16 kHz mono PCM16. */
    public static short[] speech(String text, Path dir) {
        return speechAt(text, dir).resampledTo(RATE).samples();
    }

    /** {@code text} spoken by espeak-ng at its native rate (22.05 kHz). */
    public static WavFile.Audio speechAt(String text, Path dir) {
        try {
            Path wav = Files.createTempFile(dir, "espeak", ".wav");
            Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "165", "-w", wav.toString(), text)
                    .redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("espeak-ng failed: " + new String(p.getInputStream().readAllBytes()));
            }
            return WavFile.read(wav);
        } catch (IOException e) {
            throw new IllegalStateException("espeak-ng is required (apt-get install espeak-ng)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Speech with leading/trailing silence trimmed away (espeak pads its output). */
    public static short[] trimmed(short[] speech) {
        int first = 0;
        while (first < speech.length && Math.abs(speech[first]) < 300) {
            first++;
        }
        int last = speech.length - 1;
        while (last > first && Math.abs(speech[last]) < 300) {
            last--;
        }
        return java.util.Arrays.copyOfRange(speech, first, last + 1);
    }

    public static short[] silence(int ms) {
        return new short[PcmFrame.samplesPer(ms, RATE)];
    }

    /** Gaussian hiss at {@code dbfs} RMS. */
    public static short[] whiteNoise(int ms, double dbfs, long seed) {
        Random random = new Random(seed);
        short[] out = new short[PcmFrame.samplesPer(ms, RATE)];
        double amplitude = 32768 * Math.pow(10, dbfs / 20);
        for (int i = 0; i < out.length; i++) {
            out[i] = Pcm16.clip(random.nextGaussian() * amplitude);
        }
        return out;
    }

    /**
     * A cough: a loud, broadband burst with a sharp attack and a decay of {@code ms}, low-passed a little the way a
     * throat and a microphone shape it.
     */
    public static short[] cough(int ms, long seed) {
        Random random = new Random(seed);
        short[] out = new short[PcmFrame.samplesPer(ms, RATE)];
        double smooth = 0;
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) out.length;
            double envelope = Math.min(1, t * 40) * Math.exp(-4 * t);
            smooth = 0.6 * smooth + 0.4 * random.nextGaussian();
            out[i] = Pcm16.clip(smooth * envelope * 12000);
        }
        return out;
    }

    /** A door knock: a few damped low thumps. */
    public static short[] knock(long seed) {
        Random random = new Random(seed);
        short[] out = new short[PcmFrame.samplesPer(300, RATE)];
        for (int hit = 0; hit < 3; hit++) {
            int start = hit * PcmFrame.samplesPer(90, RATE);
            for (int i = 0; i < PcmFrame.samplesPer(60, RATE) && start + i < out.length; i++) {
                double t = i / (double) RATE;
                double v = Math.exp(-t * 80) * (Math.sin(2 * Math.PI * 140 * t) + 0.3 * random.nextGaussian());
                out[start + i] = Pcm16.clip(v * 16000);
            }
        }
        return out;
    }

    public static short[] tone(double hz, int ms, int rate, double amplitude) {
        short[] out = new short[PcmFrame.samplesPer(ms, rate)];
        for (int i = 0; i < out.length; i++) {
            out[i] = Pcm16.clip(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return out;
    }

    public static short[] join(short[]... parts) {
        return Pcm16.concat(java.util.List.of(parts));
    }

    /** The 20 ms frames of 16 kHz audio (a trailing partial frame is dropped). */
    public static java.util.List<short[]> frames(short[] audio) {
        int n = PcmFrame.samplesPer(PcmFrame.FRAME_MS, RATE);
        java.util.List<short[]> out = new java.util.ArrayList<>();
        for (int at = 0; at + n <= audio.length; at += n) {
            out.add(java.util.Arrays.copyOfRange(audio, at, at + n));
        }
        return out;
    }
}
