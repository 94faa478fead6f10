package io.parley.voice.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes text speakable while it streams in: feed it text in pieces of any size with {@link #push}, and it returns
 * the speakable text that can no longer change; {@link #finish} returns the rest. However the text is split, the
 * concatenated output is exactly what {@link TextNormalizer#normalize} gives for the whole.
 *
 * <p>A word is held back only until the whitespace after it arrives, plus (for numbers, amounts and month names)
 * the one or two words that may change how it is said ("5 km", "9:30 am", "March 14th, 2026").
 * Not thread-safe: one instance per reply stream.
 */
public final class StreamingNormalizer {

    private static final int MAX_WINDOW = 3;

    private final StringBuilder pending = new StringBuilder();
    private int start;
    private String previousLower = "";

    /** Adds text and returns what is now final, possibly empty. */
    public String push(CharSequence text) {
        pending.append(text);
        StringBuilder out = new StringBuilder();
        drain(out, false);
        return out.toString();
    }

    /** Ends the stream: returns everything still held back and resets for the next stream. */
    public String finish() {
        StringBuilder out = new StringBuilder();
        drain(out, true);
        pending.setLength(0);
        start = 0;
        previousLower = "";
        return out.toString();
    }

    private void drain(StringBuilder out, boolean finished) {
        List<Word> window = new ArrayList<>(MAX_WINDOW);
        int[] ends = new int[MAX_WINDOW];
        while (true) {
            int wordStart = skipWhitespace(start);
            out.append(pending, start, wordStart);
            start = wordStart;
            if (start == pending.length()) {
                break;
            }
            if (scan(window, ends, finished, 1) == 0) {
                break;
            }
            int needed = Math.min(SpokenForms.lookahead(window.getFirst()) + 1, MAX_WINDOW);
            int available = needed == 1 ? 1 : scan(window, ends, finished, needed);
            if (available < needed && !finished) {
                break;
            }
            List<Word> seen = window.subList(0, Math.min(needed, available));
            Spoken spoken = SpokenForms.speak(seen, previousLower);
            out.append(spoken.text());
            previousLower = seen.get(spoken.consumed() - 1).core().toLowerCase(Locale.ROOT);
            start = ends[spoken.consumed() - 1];
        }
        compact();
    }

    /** Collects up to {@code limit} complete words from {@link #start}; returns how many. */
    private int scan(List<Word> window, int[] ends, boolean finished, int limit) {
        window.clear();
        int position = start;
        while (window.size() < limit) {
            int wordStart = skipWhitespace(position);
            if (wordStart == pending.length()) {
                break;
            }
            int wordEnd = wordStart;
            while (wordEnd < pending.length() && !Character.isWhitespace(pending.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == pending.length() && !finished) {
                break;
            }
            ends[window.size()] = wordEnd;
            window.add(Word.of(pending.substring(wordStart, wordEnd)));
            position = wordEnd;
        }
        return window.size();
    }

    private int skipWhitespace(int from) {
        int i = from;
        while (i < pending.length() && Character.isWhitespace(pending.charAt(i))) {
            i++;
        }
        return i;
    }

    private void compact() {
        if (start > 0) {
            pending.delete(0, start);
            start = 0;
        }
    }
}
