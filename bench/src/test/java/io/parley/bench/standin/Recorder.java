package io.parley.bench.standin;

import io.parley.voice.stt.SttListener;
import io.parley.voice.tts.TtsListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Records what an engine client reports, as the pipeline's listeners would receive it. */
final class Recorder implements SttListener, TtsListener {

    record Final(String text, double confidence) { }

    final List<String> partials = new CopyOnWriteArrayList<>();
    final CompletableFuture<Final> fin = new CompletableFuture<>();
    final CompletableFuture<Throwable> error = new CompletableFuture<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    final AtomicInteger samples = new AtomicInteger();

    @Override
    public void partial(String text) {
        partials.add(text);
    }

    @Override
    public void fin(String text, double confidence) {
        fin.complete(new Final(text, confidence));
    }

    @Override
    public void audio(short[] pcm) {
        samples.addAndGet(pcm.length);
    }

    @Override
    public void done() {
        done.complete(null);
    }

    @Override
    public void error(Throwable e) {
        error.complete(e);
        fin.completeExceptionally(e);
        done.completeExceptionally(e);
    }

    /** A loud 200 Hz tone: the STT stand-in counts it as speech. */
    static short[] tone(int ms) {
        short[] pcm = new short[ms * 16];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (8000 * Math.sin(2 * Math.PI * 200 * i / 16_000.0));
        }
        return pcm;
    }

    /** Polls {@code condition} for up to 5 s. */
    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }

    /** Feeds {@code pcm} in 20 ms frames. */
    static void feed(io.parley.voice.stt.SttStream stream, short[] pcm) {
        for (int off = 0; off < pcm.length; off += 320) {
            stream.accept(java.util.Arrays.copyOfRange(pcm, off, Math.min(pcm.length, off + 320)));
        }
    }
}
