package io.parley.voice.pipeline;

import io.parley.voice.pipeline.clock.SessionClock;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A recogniser that answers each utterance from a script: a partial once enough audio arrived, then a final
 * (or an error, or nothing at all) a fixed delay after the stream is finished.
 */
public final class ScriptedStt implements SpeechToText {

    public sealed interface Line permits Says, Fails, Hangs { }

    /** Recognises {@code text}; the partial comes after {@code partialAfterMs} of audio. */
    public record Says(String text, double confidence, long partialAfterMs) implements Line { }

    public record Fails(String message) implements Line { }

    public record Hangs() implements Line { }

    public static Says says(String text) {
        return new Says(text, 0.9, 200);
    }

    private final String name;
    private final SessionClock clock;
    private final Deque<Line> script = new ArrayDeque<>();
    private final long finalDelayMs;
    int opened;

    public ScriptedStt(String name, SessionClock clock, long finalDelayMs, Line... lines) {
        this.name = name;
        this.clock = clock;
        this.finalDelayMs = finalDelayMs;
        script.addAll(java.util.List.of(lines));
    }

    public synchronized void then(Line line) {
        script.addLast(line);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized SttStream open(SttRequest request, SttListener listener) {
        opened++;
        Line line = script.isEmpty() ? new Says("", 0, 0) : script.pollFirst();
        return new SttStream() {
            long heardMs;
            boolean partialSent;
            boolean closed;

            @Override
            public void accept(short[] pcm) {
                heardMs += pcm.length / 16;
                if (line instanceof Says s && !partialSent && !s.text().isEmpty() && heardMs >= s.partialAfterMs()) {
                    partialSent = true;
                    listener.partial(s.text());
                }
                if (line instanceof Fails f && heardMs >= 100 && !partialSent) {
                    partialSent = true;
                    listener.error(new IllegalStateException(f.message()));
                }
            }

            @Override
            public void finish() {
                clock.schedule(finalDelayMs, () -> {
                    if (closed) {
                        return;
                    }
                    switch (line) {
                        case Says s -> listener.fin(s.text(), s.confidence());
                        case Fails f -> { if (!partialSent) listener.error(new IllegalStateException(f.message())); }
                        case Hangs h -> { }
                    }
                });
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }
}
