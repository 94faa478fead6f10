package io.parley.bench.vad;

import io.parley.voice.vad.EnergyGate;
import io.parley.voice.vad.EnergyVad;
import io.parley.voice.vad.SileroVad;
import io.parley.voice.vad.VadStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-frame cost of one call's VAD stream through the public API: Silero on speech (inference on 5 of 8 frames,
 * through the batching thread), Silero on silence (the energy gate skips the model), the gate alone, and the energy
 * VAD.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VadStreamBenchmark {

    private SileroVad silero;
    private VadStream speechStream;
    private VadStream silenceStream;
    private VadStream energyStream;
    private final EnergyGate gate = EnergyGate.standard();
    private List<short[]> speech;
    private List<short[]> silence;
    private int next;

    @Setup(Level.Trial)
    public void open() {
        silero = SileroVad.create(new SileroVad.Options(EnergyGate.DEFAULT_THRESHOLD_DBFS, 32, Duration.ofMillis(2),
                1024));
        speechStream = silero.open();
        silenceStream = silero.open();
        energyStream = new EnergyVad().open();
        speech = BenchAudio.speechFrames();
        silence = BenchAudio.silenceFrames(64);
    }

    @Benchmark
    public float sileroSpeechFrame() {
        return speechStream.speechProbability(speech.get(next++ % speech.size()));
    }

    @Benchmark
    public float sileroSilenceFrame() {
        return silenceStream.speechProbability(silence.get(next++ % silence.size()));
    }

    @Benchmark
    public boolean energyGateFrame() {
        return gate.isClearSilence(speech.get(next++ % speech.size()));
    }

    @Benchmark
    public float energyVadFrame() {
        return energyStream.speechProbability(speech.get(next++ % speech.size()));
    }

    @TearDown(Level.Trial)
    public void close() {
        silero.close();
    }
}
