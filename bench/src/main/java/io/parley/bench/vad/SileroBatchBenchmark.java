package io.parley.bench.vad;

import io.parley.voice.vad.SileroModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cost of one Silero run over a batch of windows (one 512-sample window per call). Divide by the batch size for the
 * cost per window; a call needs 5 windows per 8 frames (50 per second of audio) while someone is speaking.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SileroBatchBenchmark {

    @Param({"1", "8", "32"})
    int batch;

    private SileroModel model;
    private float[][] inputs;
    private float[][] states;

    @Setup(Level.Trial)
    public void load() {
        model = SileroModel.loadBundled();
        List<short[]> frames = BenchAudio.speechFrames();
        inputs = new float[batch][SileroModel.CONTEXT + SileroModel.WINDOW];
        states = new float[batch][SileroModel.STATE];
        for (int b = 0; b < batch; b++) {
            short[] a = frames.get((b * 7) % (frames.size() - 2));
            short[] c = frames.get((b * 7) % (frames.size() - 2) + 1);
            for (int i = 0; i < inputs[b].length; i++) {
                short s = i < 320 ? a[i] : c[i - 320];
                inputs[b][i] = s / 32768f;
            }
        }
    }

    @Benchmark
    public float[] runBatch() throws Exception {
        return model.run(inputs, states, batch);
    }

    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }
}
