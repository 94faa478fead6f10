package io.parley.voice.engines.testing;

import io.parley.voice.tts.TtsListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Collects what a TTS job delivers. */
public final class TtsProbe implements TtsListener {

    public final List<short[]> chunks = new CopyOnWriteArrayList<>();
    public final List<String> threads = new CopyOnWriteArrayList<>();
    public final CompletableFuture<Void> done = new CompletableFuture<>();
    public final AtomicInteger callsAfterEnd = new AtomicInteger();
    private volatile Consumer<short[]> onChunk = chunk -> { };

    public TtsProbe onChunk(Consumer<short[]> action) {
        this.onChunk = action;
        return this;
    }

    @Override
    public void audio(short[] pcm) {
        if (done.isDone()) {
            callsAfterEnd.incrementAndGet();
        }
        threads.add(Thread.currentThread().getName());
        chunks.add(pcm);
        onChunk.accept(pcm);
    }

    @Override
    public void done() {
        if (done.isDone()) {
            callsAfterEnd.incrementAndGet();
        }
        done.complete(null);
    }

    @Override
    public void error(Throwable error) {
        done.completeExceptionally(error);
    }

    public void await() throws Exception {
        done.get(60, TimeUnit.SECONDS);
    }

    public short[] pcm() {
        int total = chunks.stream().mapToInt(c -> c.length).sum();
        short[] all = new short[total];
        int offset = 0;
        for (short[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, offset, chunk.length);
            offset += chunk.length;
        }
        return all;
    }

    public int samples() {
        return chunks.stream().mapToInt(c -> c.length).sum();
    }
}
