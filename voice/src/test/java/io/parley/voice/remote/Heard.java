package io.parley.voice.remote;

import io.parley.voice.stt.SttListener;
import io.parley.voice.tts.TtsListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What an engine client reported, as the pipeline's listeners receive it. */
public final class Heard implements SttListener, TtsListener {

    public record Final(String text, double confidence) { }

    public final List<String> partials = new CopyOnWriteArrayList<>();
    public final CompletableFuture<Final> fin = new CompletableFuture<>();
    public final CompletableFuture<Throwable> error = new CompletableFuture<>();
    public final CompletableFuture<Void> done = new CompletableFuture<>();
    public final List<short[]> chunks = new CopyOnWriteArrayList<>();
    public final AtomicInteger callbacks = new AtomicInteger();

    @Override
    public void partial(String text) {
        callbacks.incrementAndGet();
        partials.add(text);
    }

    @Override
    public void fin(String text, double confidence) {
        callbacks.incrementAndGet();
        fin.complete(new Final(text, confidence));
    }

    @Override
    public void audio(short[] pcm) {
        callbacks.incrementAndGet();
        chunks.add(pcm);
    }

    @Override
    public void done() {
        callbacks.incrementAndGet();
        done.complete(null);
    }

    @Override
    public void error(Throwable e) {
        callbacks.incrementAndGet();
        error.complete(e);
    }

    public int samples() {
        return chunks.stream().mapToInt(c -> c.length).sum();
    }
}
