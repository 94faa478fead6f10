package io.parley.voice.pipeline.spi;

import io.parley.voice.text.SpeakableText;

import java.util.List;

/**
 * Parley's reply text stage: the sentence chunker releases each sentence the moment it is complete, and the
 * normaliser gives its spoken form ("$12.50" becomes "twelve dollars and fifty cents") while the written form
 * stays for transcripts and the conversation context.
 */
public final class NormalizingTextStage implements ReplyTextStage {

    private final SpeakableText text = new SpeakableText();

    @Override
    public List<ReplySentence> accept(String tokens) {
        return convert(text.push(tokens));
    }

    @Override
    public List<ReplySentence> flush() {
        return convert(text.finish());
    }

    private static List<ReplySentence> convert(List<SpeakableText.Sentence> sentences) {
        return sentences.isEmpty() ? List.of()
                : sentences.stream().map(s -> new ReplySentence(s.written(), s.spoken())).toList();
    }
}
