package io.parley.bench.audio;

import io.parley.voice.audio.FrameSplitter;
import io.parley.voice.audio.G711;
import io.parley.voice.audio.PcmFrame;
import io.parley.voice.audio.Resampler;
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

/** Per-20 ms-frame cost of the conversions every call pays: rate conversion in and out, framing, μ-law. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ResamplerBenchmark {

    private short[] frame48k;
    private short[] frame16k;
    private short[] frame8k;
    private short[] frame22k;
    private Resampler down48to16;
    private Resampler up16to48;
    private Resampler up22to48;
    private FrameSplitter splitter48k;

    @Setup(Level.Trial)
    public void setUp() {
        frame48k = AudioFrames.frame(48_000);
        frame16k = AudioFrames.frame(16_000);
        frame8k = AudioFrames.frame(8_000);
        frame22k = AudioFrames.frame(22_050);
        down48to16 = Resampler.of(48_000, 16_000);
        up16to48 = Resampler.of(16_000, 48_000);
        up22to48 = Resampler.of(22_050, 48_000);
        splitter48k = new FrameSplitter(48_000);
    }

    @Benchmark
    public short[] resample48kTo16k() {
        return down48to16.process(frame48k);
    }

    @Benchmark
    public short[] resample16kTo48k() {
        return up16to48.process(frame16k);
    }

    /** espeak-ng's 22.05 kHz output to WebRTC's 48 kHz (a 20 ms chunk of 441 samples). */
    @Benchmark
    public short[] resample22kTo48k() {
        return up22to48.process(frame22k);
    }

    @Benchmark
    public List<PcmFrame> splitter48kTo16kFrames() {
        return splitter48k.push(frame48k);
    }

    @Benchmark
    public short[] ulawRoundTrip8k() {
        return G711.decodeUlaw(G711.encodeUlaw(frame8k));
    }
}
