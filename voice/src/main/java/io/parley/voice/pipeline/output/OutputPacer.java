package io.parley.voice.pipeline.output;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Releases the agent's audio in 20 ms chunks at real-time pace and knows, per sentence, how much the caller has
 * actually heard. Audio is sent at most one chunk ahead of the clock, so an interruption never leaves seconds of
 * already-sent speech playing on the client. Owned by the session's thread.
 */
public final class OutputPacer {

    private static final long CHUNK_NANOS = 20_000_000L;

    /** Where the pacer's output goes. */
    public interface Sink {
        /** A chunk of agent audio, ready for the media plane. */
        void audio(short[] pcm, int sampleRate);

        /** Every sample of {@code sentence} has been sent and its synthesis is complete. */
        void sentencePlayed(int sentence);
    }

    private final Sink sink;
    private final ArrayDeque<Segment> queue = new ArrayDeque<>();
    private final Map<Integer, Progress> progress = new HashMap<>();
    private long anchorNanos = -1;
    private long sentNanos;
    private long queuedSamplesNanos;

    public OutputPacer(Sink sink) {
        this.sink = sink;
    }

    /** Queues synthesised audio of {@code sentence}. */
    public void enqueue(int sentence, short[] pcm, int sampleRate) {
        if (pcm.length == 0) {
            return;
        }
        queue.addLast(new Segment(sentence, pcm, sampleRate));
        progress.computeIfAbsent(sentence, s -> new Progress()).queued += pcm.length;
        queuedSamplesNanos += pcm.length * 1_000_000_000L / sampleRate;
    }

    /** No more audio will come for {@code sentence}. */
    public void sentenceComplete(int sentence) {
        Progress p = progress.computeIfAbsent(sentence, s -> new Progress());
        p.complete = true;
        if (p.played >= p.queued) {
            progress.remove(sentence);
            sink.sentencePlayed(sentence);
        }
    }

    /** Sends every chunk due by {@code nowNanos}. */
    public void tick(long nowNanos) {
        if (queue.isEmpty()) {
            anchorNanos = -1;
            return;
        }
        if (anchorNanos < 0) {
            anchorNanos = nowNanos;
            sentNanos = 0;
        }
        while (!queue.isEmpty() && sentNanos <= nowNanos - anchorNanos) {
            sendOneChunk();
        }
    }

    private void sendOneChunk() {
        int rate = queue.peekFirst().rate;
        int want = (int) (rate * CHUNK_NANOS / 1_000_000_000L);
        short[] chunk = new short[want];
        int filled = 0;
        int[] finished = new int[4];
        int finishedCount = 0;
        while (filled < want && !queue.isEmpty() && queue.peekFirst().rate == rate) {
            Segment head = queue.peekFirst();
            int n = Math.min(want - filled, head.pcm.length - head.offset);
            System.arraycopy(head.pcm, head.offset, chunk, filled, n);
            head.offset += n;
            filled += n;
            Progress p = progress.get(head.sentence);
            if (p != null) {
                p.played += n;
            }
            if (head.offset == head.pcm.length) {
                queue.pollFirst();
                if (p != null && p.complete && p.played >= p.queued) {
                    progress.remove(head.sentence);
                    if (finishedCount == finished.length) {
                        finished = java.util.Arrays.copyOf(finished, finishedCount * 2);
                    }
                    finished[finishedCount++] = head.sentence;
                }
            }
        }
        long nanos = filled * 1_000_000_000L / rate;
        sentNanos += nanos;
        queuedSamplesNanos -= nanos;
        sink.audio(trim(chunk, filled), rate);
        // Only after the audio left: a sentence counts as heard when its last sample was sent.
        for (int i = 0; i < finishedCount; i++) {
            sink.sentencePlayed(finished[i]);
        }
    }

    /** Fraction (0..1) of {@code sentence} sent so far, estimating an unfinished synthesis by {@code expectedMs}. */
    public double heardFraction(int sentence, int sampleRate, long expectedMs) {
        Progress p = progress.get(sentence);
        if (p == null) {
            return 0;
        }
        long total = p.complete ? p.queued : Math.max(p.queued, expectedMs * sampleRate / 1000);
        return total == 0 ? 0 : Math.min(1.0, (double) p.played / total);
    }

    public boolean hasStarted(int sentence) {
        Progress p = progress.get(sentence);
        return p != null && p.played > 0;
    }

    /** Drops all queued audio (interruption, cancel). */
    public void clear() {
        queue.clear();
        progress.clear();
        anchorNanos = -1;
        queuedSamplesNanos = 0;
    }

    /** Drops what is still queued of one sentence (its synthesis is being redone on another engine). */
    public void dropUnsent(int sentence) {
        long removed = 0;
        for (var it = queue.iterator(); it.hasNext(); ) {
            Segment s = it.next();
            if (s.sentence == sentence) {
                removed += (s.pcm.length - s.offset) * 1_000_000_000L / s.rate;
                it.remove();
            }
        }
        queuedSamplesNanos -= removed;
        Progress p = progress.get(sentence);
        if (p != null) {
            p.queued = p.played;
        }
    }

    public boolean isIdle() {
        return queue.isEmpty();
    }

    /** Audio waiting to be sent, in milliseconds (for sentence-level flow control upstream). */
    public long queuedMs() {
        return Math.max(0, queuedSamplesNanos / 1_000_000L);
    }

    private static short[] trim(short[] chunk, int filled) {
        return filled == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, filled);
    }

    private static final class Segment {
        final int sentence;
        final short[] pcm;
        final int rate;
        int offset;

        Segment(int sentence, short[] pcm, int rate) {
            this.sentence = sentence;
            this.pcm = pcm;
            this.rate = rate;
        }
    }

    private static final class Progress {
        long queued;
        long played;
        boolean complete;
    }
}
