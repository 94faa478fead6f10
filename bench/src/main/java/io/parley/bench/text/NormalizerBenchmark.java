package io.parley.bench.text;

import io.parley.voice.text.StreamingNormalizer;
import io.parley.voice.text.TextNormalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Normalizer throughput in characters per second (one operation = one character of reply text), and the time per
 * reply of 671 characters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NormalizerBenchmark {

    /** {@code ReplyText.TEXT.length()}, as a constant for {@link OperationsPerInvocation}. */
    static final int CHARS = 671;
    private final List<String> tokens = ReplyText.tokens();

    @Setup
    public void checkLength() {
        if (ReplyText.TEXT.length() != CHARS) {
            throw new IllegalStateException("CHARS must be " + ReplyText.TEXT.length());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CHARS)
    public String whole() {
        return TextNormalizer.normalize(ReplyText.TEXT);
    }

    @Benchmark
    @OperationsPerInvocation(CHARS)
    public int streamingTokenByToken() {
        StreamingNormalizer normalizer = TextNormalizer.streaming();
        int spoken = 0;
        for (String token : tokens) {
            spoken += normalizer.push(token).length();
        }
        return spoken + normalizer.finish().length();
    }

    /** Time to normalize one whole reply, with percentiles: robust to a busy machine at the median. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int replyStreamedTokenByToken() {
        return streamingTokenByToken();
    }
}
