package io.parley.voice.text;

/**
 * How eagerly the {@link SentenceChunker} hands text to TTS.
 *
 * @param firstClauseLength the first chunk of a reply may end at a comma once it is this long, so the caller hears
 *                          the agent sooner
 * @param clauseLength      later chunks end at a comma, semicolon or colon once they are this long
 * @param maxLength         a chunk with no punctuation at all is cut at a space once it is this long
 */
public record ChunkerSettings(int firstClauseLength, int clauseLength, int maxLength) {

    public ChunkerSettings {
        if (firstClauseLength < 1 || clauseLength < 1 || maxLength < Math.max(firstClauseLength, clauseLength)) {
            throw new IllegalArgumentException("need 0 < clause lengths <= maxLength, got " + firstClauseLength + ", "
                    + clauseLength + ", " + maxLength);
        }
    }

    public static ChunkerSettings defaults() {
        return new ChunkerSettings(30, 80, 240);
    }
}
