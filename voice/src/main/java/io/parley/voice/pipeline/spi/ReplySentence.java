package io.parley.voice.pipeline.spi;

/**
 * One sentence of a reply in its two forms.
 *
 * @param written as the model wrote it: shown in transcripts and kept in the conversation context
 * @param spoken  what the voice says ("$12.50" written is "twelve dollars and fifty cents" spoken)
 */
public record ReplySentence(String written, String spoken) {

    /** A sentence that reads as it is said (recovery lines, plain text). */
    public static ReplySentence plain(String text) {
        return new ReplySentence(text, text);
    }
}
