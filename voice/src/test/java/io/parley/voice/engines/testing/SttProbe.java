package io.parley.voice.engines.testing;

import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Records what an STT stream reports, and on which thread. */
public final class SttProbe implements SttListener {

    public final List<String> partials = new CopyOnWriteArrayList<>();
    public final List<String> threads = new CopyOnWriteArrayList<>();
    public final CompletableFuture<String> fin = new CompletableFuture<>();
    public volatile double confidence = Double.NaN;

    @Override
    public void partial(String text) {
        threads.add(Thread.currentThread().getName());
        partials.add(text);
    }

    @Override
    public void fin(String text, double confidence) {
        threads.add(Thread.currentThread().getName());
        this.confidence = confidence;
        fin.complete(text);
    }

    @Override
    public void error(Throwable error) {
        fin.completeExceptionally(error);
    }

    /** Feeds {@code pcm} in 20 ms frames as a media plane would, then waits for the final transcript. */
    public static String recognize(SpeechToText stt, short[] pcm, List<String> hints) throws Exception {
        SttProbe probe = new SttProbe();
        try (SttStream stream = stt.open(new SttRequest("en-US", hints), probe)) {
            feed(stream, pcm);
            stream.finish();
            return probe.fin.get(60, TimeUnit.SECONDS);
        }
    }

    public static void feed(SttStream stream, short[] pcm) {
        for (int offset = 0; offset < pcm.length; offset += 320) {
            stream.accept(java.util.Arrays.copyOfRange(pcm, offset, Math.min(pcm.length, offset + 320)));
        }
    }
}
