package io.parley.bench.vad;

import io.parley.voice.vad.EnergyGate;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Many calls speaking at once into one shared model: 8 threads, each a call feeding its own stream, with cross-call
 * batching on (up to 32 windows a run) or off (maxBatch 1). Throughput is speech frames per second for the node.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
public class ConcurrentVadBenchmark {

    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"32", "1"})
        int maxBatch;

        SileroVad vad;
        List<short[]> speech;

        @Setup(Level.Trial)
        public void load() {
            vad = SileroVad.create(new SileroVad.Options(EnergyGate.DEFAULT_THRESHOLD_DBFS, maxBatch,
                    Duration.ofMillis(2), 1024));
            speech = BenchAudio.speechFrames();
        }

        @TearDown(Level.Trial)
        public void close() {
            vad.close();
        }
    }

    @State(Scope.Thread)
    public static class Call {
        VadStream stream;
        int next;

        @Setup(Level.Trial)
        public void open(Shared shared) {
            stream = shared.vad.open();
            next = (int) (Thread.currentThread().threadId() * 37);
        }
    }

    @Benchmark
    public float speechFrame(Shared shared, Call call) {
        return call.stream.speechProbability(shared.speech.get(Math.floorMod(call.next++, shared.speech.size())));
    }
}
