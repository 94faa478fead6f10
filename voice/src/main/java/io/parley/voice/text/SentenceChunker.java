package io.parley.voice.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a stream of LLM tokens into speakable chunks as soon as each is complete, so TTS starts on the first
 * sentence rather than the last token.
 * <pre>{@code
 * SentenceChunker chunker = new SentenceChunker();
 * chunker.push("Sure, Dr. Lee. It's $12.50 a");   // ["Sure, Dr. Lee."]
 * chunker.finish();                               // ["It's $12.50 a"]
 * }</pre>
 * A sentence ends at {@code . ! ?} (or a line break) followed by whitespace; a period inside a number, an address
 * or after a title or abbreviation ("Dr.", "e.g.", "U.S.") does not end one. A long clause is released at a comma,
 * semicolon or colon. Not thread-safe: one instance per reply stream.
 */
public final class SentenceChunker {

    /** Never end a sentence: titles and abbreviations that are followed by more of the same sentence. */
    private static final Set<String> NEVER_FINAL = Set.of("dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "mt.", "jr.",
            "sr.", "e.g.", "i.e.", "vs.", "approx.", "no.", "tel.", "ft.", "inc.", "co.", "ave.", "apt.", "dept.");
    private static final String CLOSERS = "\"'”’)]}*";

    private final ChunkerSettings settings;
    private final StringBuilder pending = new StringBuilder();
    private int scanned;
    private boolean first = true;

    public SentenceChunker() {
        this(ChunkerSettings.defaults());
    }

    public SentenceChunker(ChunkerSettings settings) {
        this.settings = settings;
    }

    /** Adds a token; returns the chunks it completed, in order, possibly none. */
    public List<String> push(CharSequence token) {
        pending.append(token);
        List<String> chunks = new ArrayList<>(1);
        int i = scanned;
        while (i < pending.length()) {
            int end = boundaryAfter(i);
            if (end == NEED_MORE) {
                break;
            }
            if (end > 0) {
                emit(end, chunks);
                i = 0;
            } else {
                i++;
            }
        }
        scanned = i;
        return chunks;
    }

    /** Ends the stream: returns the rest as a last chunk (if any) and resets for the next reply. */
    public List<String> finish() {
        List<String> chunks = new ArrayList<>(1);
        emit(pending.length(), chunks);
        first = true;
        return chunks;
    }

    private static final int NEED_MORE = -1;

    /** If a chunk may end at {@code i}, the index after it; 0 if not; NEED_MORE when the next characters decide. */
    private int boundaryAfter(int i) {
        char c = pending.charAt(i);
        if (c == '\n') {
            return i + 1;
        }
        if (c == '.' || c == '!' || c == '?') {
            int after = i + 1;
            while (after < pending.length() && CLOSERS.indexOf(pending.charAt(after)) >= 0) {
                after++;
            }
            if (after == pending.length()) {
                return NEED_MORE;
            }
            if (!Character.isWhitespace(pending.charAt(after))) {
                return 0;
            }
            return c != '.' ? after : periodEndsSentence(i, after);
        }
        int limit = first ? settings.firstClauseLength() : settings.clauseLength();
        if ((c == ',' || c == ';' || c == ':') && i + 1 >= limit) {
            if (i + 1 == pending.length()) {
                return NEED_MORE;
            }
            return Character.isWhitespace(pending.charAt(i + 1)) ? i + 1 : 0;
        }
        if (i + 1 >= settings.maxLength()) {
            for (int space = i; space > 0; space--) {
                if (Character.isWhitespace(pending.charAt(space))) {
                    return space + 1;
                }
            }
        }
        return 0;
    }

    private int periodEndsSentence(int period, int after) {
        int wordStart = period;
        while (wordStart > 0 && !Character.isWhitespace(pending.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = pending.substring(wordStart, period + 1).toLowerCase(Locale.ROOT);
        word = word.replaceFirst("^[\"'“‘(\\[*]+", "");
        if (NEVER_FINAL.contains(word) || word.matches("\\p{L}\\.")) {
            return 0;
        }
        boolean listMarker = word.matches("\\d+\\.") && pending.substring(0, wordStart).isBlank();
        if (listMarker) {
            return 0;
        }
        if (word.matches("(\\p{L}\\.){2,}")) {
            // "a.m." or "U.S." ends a sentence only when a capital follows.
            int next = after;
            while (next < pending.length() && Character.isWhitespace(pending.charAt(next))) {
                next++;
            }
            if (next == pending.length()) {
                return NEED_MORE;
            }
            return Character.isUpperCase(pending.charAt(next)) ? after : 0;
        }
        return after;
    }

    private void emit(int end, List<String> chunks) {
        String chunk = pending.substring(0, end).strip();
        while (end < pending.length() && Character.isWhitespace(pending.charAt(end))) {
            end++;
        }
        pending.delete(0, end);
        scanned = 0;
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
            first = false;
        }
    }
}
