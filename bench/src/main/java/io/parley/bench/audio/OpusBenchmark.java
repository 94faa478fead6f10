package io.parley.bench.audio;

import io.parley.voice.audio.OpusCodec;
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

/** Per-20 ms-frame cost of Opus at 48 kHz, both ways, in libopus (FFM) and Concentus (pure Java). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OpusBenchmark {

    @Param({"LIBOPUS", "CONCENTUS"})
    OpusCodec.Implementation opus;

    private short[] frame48k;
    private byte[] packet;
    private OpusCodec.Encoder encoder;
    private OpusCodec.Decoder decoder;

    @Setup(Level.Trial)
    public void setUp() {
        frame48k = AudioFrames.frame(48_000);
        encoder = OpusCodec.encoder(opus, 48_000, 32_000);
        decoder = OpusCodec.decoder(opus, 48_000);
        packet = encoder.encode(frame48k);
    }

    @Benchmark
    public byte[] opusEncode48k() {
        return encoder.encode(frame48k);
    }

    @Benchmark
    public short[] opusDecode48k() {
        return decoder.decode(packet);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        encoder.close();
        decoder.close();
    }
}
