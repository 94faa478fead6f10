package io.parley.voice.pipeline.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain text stage: releases a sentence at terminal punctuation followed by a space, or at a clause break
 * once a sentence grows long, and trims whitespace. No spoken-form normalisation; that comes from the streaming
 * normaliser when it is plugged in.
 */
public final class SentenceTextStage implements ReplyTextStage {

    /** Past this length a comma or semicolon ends the chunk, so a rambling sentence does not delay TTS. */
    private static final int SOFT_LIMIT = 160;

    private final StringBuilder pending = new StringBuilder();

    @Override
    public List<ReplySentence> accept(String tokens) {
        pending.append(tokens);
        List<ReplySentence> out = new ArrayList<>();
        int cut;
        while ((cut = nextCut()) > 0) {
            String sentence = pending.substring(0, cut).trim();
            pending.delete(0, cut);
            if (!sentence.isEmpty()) {
                out.add(ReplySentence.plain(sentence));
            }
        }
        return out;
    }

    @Override
    public List<ReplySentence> flush() {
        String rest = pending.toString().trim();
        pending.setLength(0);
        return rest.isEmpty() ? List.of() : List.of(ReplySentence.plain(rest));
    }

    /** End index (exclusive) of the first complete sentence, or 0. */
    private int nextCut() {
        for (int i = 0; i + 1 < pending.length(); i++) {
            char c = pending.charAt(i);
            boolean terminal = c == '.' || c == '!' || c == '?';
            boolean clause = (c == ',' || c == ';') && i >= SOFT_LIMIT;
            if ((terminal || clause) && Character.isWhitespace(pending.charAt(i + 1))
                    && !(c == '.' && i > 0 && Character.isDigit(pending.charAt(i - 1)) && i + 2 < pending.length()
                    && Character.isDigit(pending.charAt(i + 2)))) {
                return i + 1;
            }
        }
        return 0;
    }
}
