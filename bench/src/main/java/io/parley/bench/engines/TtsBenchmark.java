package io.parley.bench.engines;

import io.parley.voice.agent.EngineChoice;
import io.parley.voice.engines.OfflineEngines;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Offline TTS: time from {@code synthesize} to the first audio chunk, and the time to render a whole sentence. The
 * real-time factor is the whole-sentence time over the audio's duration, which setup prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TtsBenchmark {

    static final String SENTENCE = "Your table for two is booked for seven pm, and we look forward to seeing you.";

    @Param({"espeak-ng", "flite"})
    public String engine;

    private OfflineEngines engines;
    private TextToSpeech tts;

    @Setup(Level.Trial)
    public void open() throws Exception {
        engines = OfflineEngines.withDefaults();
        tts = engines.textToSpeech(EngineChoice.of(engine));
        AtomicLong samples = new AtomicLong();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        tts.synthesize(SENTENCE, null, new Listener(new CompletableFuture<>(), ended, samples));
        ended.get(30, TimeUnit.SECONDS);
        System.out.printf("%n[tts] %s sentence audio: %.0f ms%n", engine, samples.get() * 1000.0 / tts.sampleRate());
    }

    @TearDown(Level.Trial)
    public void close() {
        engines.close();
    }

    @Benchmark
    public short[] timeToFirstChunk() throws Exception {
        CompletableFuture<short[]> first = new CompletableFuture<>();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        TtsJob job = tts.synthesize(SENTENCE, null, new Listener(first, ended, new AtomicLong()));
        short[] chunk = first.get(30, TimeUnit.SECONDS);
        job.cancel();
        return chunk;
    }

    @Benchmark
    public void wholeSentence() throws Exception {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        tts.synthesize(SENTENCE, null, new Listener(new CompletableFuture<>(), ended, new AtomicLong()));
        ended.get(30, TimeUnit.SECONDS);
    }

    private record Listener(CompletableFuture<short[]> first, CompletableFuture<Void> ended, AtomicLong samples)
            implements TtsListener {
        @Override
        public void audio(short[] pcm) {
            samples.addAndGet(pcm.length);
            first.complete(pcm);
        }

        @Override
        public void done() {
            ended.complete(null);
        }

        @Override
        public void error(Throwable error) {
            first.completeExceptionally(error);
            ended.completeExceptionally(error);
        }
    }
}
