package io.parley.bench.engines;

import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import io.parley.voice.stt.pocketsphinx.PocketSphinxConfig;
import io.parley.voice.stt.pocketsphinx.PocketSphinxStt;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
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
 * pocketsphinx streaming recognition of one recorded utterance from Debian's pocketsphinx-testdata, fed in 20 ms
 * frames. Real-time factor = time per operation / {@link #AUDIO_FILE}'s duration (printed at setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SttBenchmark {

    static final String AUDIO_FILE =
            "/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0870.wav";

    @Param({"none", "booking"})
    public String hints;

    private PocketSphinxStt stt;
    private short[] pcm;
    private SttRequest request;

    @Setup(Level.Trial)
    public void open() throws Exception {
        stt = new PocketSphinxStt(PocketSphinxConfig.defaults().withMaxDecoders(1));
        stt.warmUp(1);
        pcm = read(new File(AUDIO_FILE));
        request = new SttRequest("en-US", hints.equals("none") ? List.of()
                : List.of("book a table", "table for two", "cancel my reservation", "seven pm", "tomorrow evening"));
        System.out.printf("%n[stt] utterance of %.0f ms%n", pcm.length / 16.0);
    }

    @TearDown(Level.Trial)
    public void close() {
        stt.close();
    }

    @Benchmark
    public String recognizeUtterance() throws Exception {
        CompletableFuture<String> fin = new CompletableFuture<>();
        try (SttStream stream = stt.open(request, new Listener(fin))) {
            for (int offset = 0; offset < pcm.length; offset += 320) {
                stream.accept(Arrays.copyOfRange(pcm, offset, Math.min(pcm.length, offset + 320)));
            }
            stream.finish();
            return fin.get(60, TimeUnit.SECONDS);
        }
    }

    private static short[] read(File wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav)) {
            byte[] bytes = in.readAllBytes();
            short[] samples = new short[bytes.length / 2];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
            return samples;
        }
    }

    private record Listener(CompletableFuture<String> fin) implements SttListener {
        @Override
        public void partial(String text) {
        }

        @Override
        public void fin(String text, double confidence) {
            fin.complete(text);
        }

        @Override
        public void error(Throwable error) {
            fin.completeExceptionally(error);
        }
    }
}
