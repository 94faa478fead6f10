package io.parley.bench.text;

import io.parley.voice.text.SentenceChunker;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Sentence chunker throughput in characters per second, fed LLM-sized tokens. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChunkerBenchmark {

    private final List<String> tokens = ReplyText.tokens();

    @Benchmark
    @OperationsPerInvocation(NormalizerBenchmark.CHARS)
    public int tokenByToken() {
        SentenceChunker chunker = new SentenceChunker();
        int chunks = 0;
        for (String token : tokens) {
            chunks += chunker.push(token).size();
        }
        return chunks + chunker.finish().size();
    }

    /** Time to chunk one whole reply, with percentiles. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int replyTokenByToken() {
        return tokenByToken();
    }
}
