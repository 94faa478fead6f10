package io.parley.voice.pipeline.spi;

import java.util.List;

/**
 * Turns the reply's token stream into speakable sentences: sentence chunking plus spoken-form normalisation.
 * A sentence is released as soon as it is complete, so TTS starts on the first sentence, not the last token.
 * One instance per reply.
 */
public interface ReplyTextStage {

    /** Feeds the next token(s); returns the sentences completed by it, possibly none. */
    List<ReplySentence> accept(String tokens);

    /** The reply is complete: returns whatever is left. */
    List<ReplySentence> flush();
}
