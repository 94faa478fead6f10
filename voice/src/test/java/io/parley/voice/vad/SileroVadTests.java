package io.parley.voice.vad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.voice.audio.TestAudio;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SileroVadTests {

    static SileroVad vad;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        vad = SileroVad.create(new SileroVad.Options(EnergyGate.DEFAULT_THRESHOLD_DBFS, 32, Duration.ofMillis(50), 256));
    }

    @AfterAll
    static void close() {
        vad.close();
    }

    @Test
    void hearsSpeechInSynthesizedSpeech() {
        short[] speech = TestAudio.trimmed(TestAudio.speech("I would like to book a table for four people tonight", dir));

        float[] p = score(vad.open(), TestAudio.join(TestAudio.silence(300), speech, TestAudio.silence(600)));

        int lead = 15;
        int speechFrames = speech.length / 320;
        int voiced = 0;
        for (int i = lead + 2; i < lead + speechFrames; i++) {
            voiced += p[i] > 0.5 ? 1 : 0;
        }
        assertThat((double) voiced / (speechFrames - 2)).isGreaterThan(0.7);
        assertThat(max(p, 0, lead)).isZero();
        assertThat(max(p, lead + speechFrames + 15, p.length)).isLessThan(0.2f);
    }

    @Test
    void hearsNoSpeechInHissAndSkipsTheModelOnSilence() {
        VadStream stream = vad.open();
        long before = vad.windowsScored();
        float[] silent = score(stream, TestAudio.silence(2000));
        long afterSilence = vad.windowsScored();

        float[] hiss = score(stream, TestAudio.whiteNoise(2000, -30, 11));

        assertThat(max(silent, 0, silent.length)).isZero();
        assertThat(afterSilence).isEqualTo(before);
        assertThat(vad.windowsScored()).isGreaterThan(afterSilence); // hiss is loud enough to reach the model
        assertThat(fractionAbove(hiss, 0.5f)).isLessThan(0.05);
    }

    @Test
    void aCoughAndADoorKnockAreNotSpeechThoughTheyAreLoud() {
        short[] cough = TestAudio.join(TestAudio.silence(200), TestAudio.cough(250, 1), TestAudio.silence(400));
        short[] knock = TestAudio.join(TestAudio.silence(200), TestAudio.knock(2), TestAudio.silence(400));

        float[] energyOnCough = score(new EnergyVad().open(), cough);

        assertThat(max(energyOnCough, 0, energyOnCough.length)).isGreaterThan(0.9f); // loud enough to fool energy
        assertThat(max(score(vad.open(), cough), 0, 100)).isLessThan(0.2f);
        assertThat(max(score(vad.open(), knock), 0, 100)).isLessThan(0.2f);
    }

    @Test
    void concurrentCallsShareBatchesAndKeepTheirOwnState() throws Exception {
        short[] speech = TestAudio.trimmed(TestAudio.speech("Hello, can you hear me", dir));
        short[] audio = TestAudio.join(TestAudio.silence(200), speech, TestAudio.silence(400));
        float[] alone = score(vad.open(), audio);
        int calls = 8;
        CyclicBarrier inStep = new CyclicBarrier(calls);
        long runsBefore = vad.inferenceRuns();
        long windowsBefore = vad.windowsScored();

        List<Future<float[]>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(calls)) {
            for (int c = 0; c < calls; c++) {
                results.add(pool.submit(() -> {
                    VadStream stream = vad.open();
                    List<short[]> frames = TestAudio.frames(audio);
                    float[] p = new float[frames.size()];
                    for (int i = 0; i < p.length; i++) {
                        inStep.await();
                        p[i] = stream.speechProbability(frames.get(i));
                    }
                    stream.close();
                    return p;
                }));
            }
            for (Future<float[]> r : results) {
                float[] p = r.get();
                for (int i = 0; i < p.length; i++) {
                    assertThat(p[i]).as("frame %d", i).isCloseTo(alone[i], within(1e-3f));
                }
            }
        }
        double meanBatch = (double) (vad.windowsScored() - windowsBefore) / (vad.inferenceRuns() - runsBefore);
        assertThat(meanBatch).isGreaterThan(2.0);
    }

    @Test
    void aCallKeepsDetectingSpeechOnTheEnergyVadWhenTheModelFails() {
        short[] speech = TestAudio.trimmed(TestAudio.speech("Are you still there", dir));
        SileroVad broken = SileroVad.create();
        VadStream stream = broken.open();
        broken.close(); // the model is gone while the call goes on

        float[] p = score(stream, TestAudio.join(TestAudio.silence(400), speech, TestAudio.silence(400)));

        assertThat(max(p, 0, 20)).isZero();
        assertThat(fractionAbove(java.util.Arrays.copyOfRange(p, 20, 20 + speech.length / 320), 0.5f))
                .isGreaterThan(0.5);
    }

    static float[] score(VadStream stream, short[] audio) {
        List<short[]> frames = TestAudio.frames(audio);
        float[] p = new float[frames.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = stream.speechProbability(frames.get(i));
        }
        return p;
    }

    static float max(float[] p, int from, int to) {
        float m = 0;
        for (int i = from; i < Math.min(to, p.length); i++) {
            m = Math.max(m, p[i]);
        }
        return m;
    }

    static double fractionAbove(float[] p, float threshold) {
        int n = 0;
        for (float v : p) {
            n += v > threshold ? 1 : 0;
        }
        return (double) n / p.length;
    }
}
