package io.parley.voice.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole text side of a reply: LLM tokens in, normalized sentences out, each as soon as it is complete.
 * <pre>{@code
 * SpeakableText text = new SpeakableText();
 * for (Sentence s : text.push(token)) tts.synthesize(s.spoken(), voice, listener);   // per LLM token
 * for (Sentence s : text.finish()) tts.synthesize(s.spoken(), voice, listener);      // at the end of the reply
 * }</pre>
 * Keep {@link Sentence#written()} for the conversation context: the model should see what it wrote, and only the
 * sentences actually played. Not thread-safe: one instance per reply stream.
 */
public final class SpeakableText {

    /**
     * One chunk of a reply.
     *
     * @param written as the model wrote it
     * @param spoken  what TTS should say
     */
    public record Sentence(String written, String spoken) {
    }

    private final SentenceChunker chunker;

    public SpeakableText() {
        this(ChunkerSettings.defaults());
    }

    public SpeakableText(ChunkerSettings settings) {
        this.chunker = new SentenceChunker(settings);
    }

    /** Adds an LLM token; returns the sentences it completed. */
    public List<Sentence> push(CharSequence token) {
        return speak(chunker.push(token));
    }

    /** Ends the reply: returns the unfinished rest, if any, and resets for the next reply. */
    public List<Sentence> finish() {
        return speak(chunker.finish());
    }

    private static List<Sentence> speak(List<String> chunks) {
        if (chunks.isEmpty()) {
            return List.of();
        }
        List<Sentence> sentences = new ArrayList<>(chunks.size());
        for (String chunk : chunks) {
            sentences.add(new Sentence(chunk, TextNormalizer.normalize(chunk)));
        }
        return sentences;
    }
}
