package io.parley.voice.pipeline.spi;

import io.parley.voice.text.SentenceChunker;
import io.parley.voice.text.StreamingNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Parley's reply text stage: the streaming normaliser turns tokens into their spoken form as soon as they can no
 * longer change ("$12.50" becomes "twelve dollars and fifty cents"), and the sentence chunker releases each
 * speakable sentence the moment it is complete.
 */
public final class NormalizingTextStage implements ReplyTextStage {

    private final StreamingNormalizer normalizer = new StreamingNormalizer();
    private final SentenceChunker chunker = new SentenceChunker();

    @Override
    public List<String> accept(String tokens) {
        String spoken = normalizer.push(tokens);
        return spoken.isEmpty() ? List.of() : chunker.push(spoken);
    }

    @Override
    public List<String> flush() {
        List<String> out = new ArrayList<>(chunker.push(normalizer.finish()));
        out.addAll(chunker.finish());
        return out;
    }
}
