package io.parley.voice.stt.pocketsphinx;

import io.parley.voice.nativelib.NativeCallException;
import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One utterance on one decoder. The caller only copies audio into a bounded queue; the stream's own thread runs the
 * decoder and calls the listener, so no caller thread ever waits inside native code and listeners never run there.
 */
final class PocketSphinxStream implements SttStream, Runnable {

    private static final Logger log = LoggerFactory.getLogger(PocketSphinxStream.class);
    private static final int SAMPLE_RATE = 16_000;
    /** Audio kept for a second pass with the general model when the hinted pass hears nothing. */
    private static final int MAX_REPLAY_SAMPLES = 30 * SAMPLE_RATE;
    private static final Object FINISH = new Object();
    private static final Object CLOSE = new Object();

    private final DecoderPool.Lease lease;
    private final SttListener listener;
    private final List<List<String>> hints;
    private final double hintWeight;
    private final int partialSamples;
    private final long maxBacklogSamples;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(4096);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicBoolean overloaded = new AtomicBoolean();
    private volatile boolean closed;
    private boolean finished;

    private short[] replay = new short[0];
    private int replayLength;

    PocketSphinxStream(DecoderPool.Lease lease, SttListener listener, List<List<String>> hints, PocketSphinxConfig config) {
        this.lease = lease;
        this.listener = listener;
        this.hintWeight = config.hintWeight();
        this.hints = hintWeight > 0 ? hints : List.of(); // with no weight there is no biasing and nothing to fall back from
        this.partialSamples = config.partialIntervalMs() * SAMPLE_RATE / 1000;
        this.maxBacklogSamples = (long) config.maxBacklogMs() * SAMPLE_RATE / 1000;
    }

    @Override
    public void accept(short[] pcm) {
        if (finished || closed) {
            throw new IllegalStateException("audio after finish() or close()");
        }
        if (pcm.length == 0 || overloaded.get()) {
            return;
        }
        if (backlog.addAndGet(pcm.length) > maxBacklogSamples || !queue.offer(pcm.clone())) {
            overloaded.set(true);
            queue.offer(CLOSE); // wakes the decoder thread, which reports the overload
        }
    }

    @Override
    public void finish() {
        if (finished || closed) {
            return;
        }
        finished = true;
        if (!queue.offer(FINISH)) {
            overloaded.set(true);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        queue.offer(CLOSE);
    }

    @Override
    public void run() {
        if (closed) {
            lease.release(true); // dropped before it started: do not load a decoder for nothing
            return;
        }
        boolean healthy = true;
        Runnable outcome = () -> { };
        PocketSphinxDecoder decoder = null;
        try {
            decoder = lease.decoder();
            outcome = decode(decoder);
        } catch (NativeCallException e) {
            healthy = false; // a decoder that failed natively is freed, not reused
            outcome = () -> report(e);
        } catch (RuntimeException | InterruptedException e) {
            outcome = () -> report(e);
        } finally {
            try {
                if (healthy && decoder != null) {
                    decoder.reset();
                }
            } catch (RuntimeException e) {
                healthy = false;
            }
            // the decoder goes back before the listener hears the result, so the next utterance can start at once
            lease.release(healthy);
        }
        outcome.run();
    }

    /** Decodes until finish or close; returns the delivery of the final result, to run after the decoder is released. */
    private Runnable decode(PocketSphinxDecoder decoder) throws InterruptedException {
        decoder.bias(hints, hintWeight);
        decoder.start();
        int sincePartial = 0;
        String lastPartial = "";
        while (true) {
            Object next = queue.take();
            if (closed) {
                return () -> { };
            }
            if (overloaded.get()) {
                throw new IllegalStateException("pocketsphinx fell more than " + maxBacklogSamples * 1000 / SAMPLE_RATE
                        + " ms behind the audio; the node is overloaded");
            }
            if (next == FINISH) {
                return finalResult(decoder);
            }
            if (next instanceof short[] pcm) {
                backlog.addAndGet(-pcm.length);
                remember(pcm);
                decoder.process(pcm);
                sincePartial += pcm.length;
                if (sincePartial >= partialSamples) {
                    sincePartial = 0;
                    String hyp = decoder.hypothesis();
                    if (!hyp.isEmpty() && !hyp.equals(lastPartial) && !closed) {
                        lastPartial = hyp;
                        safely(() -> listener.partial(hyp));
                    }
                }
            }
        }
    }

    private Runnable finalResult(PocketSphinxDecoder decoder) {
        decoder.end();
        String text = decoder.hypothesis();
        double confidence = text.isEmpty() ? Double.NaN : decoder.confidence();
        if (text.isEmpty() && !hints.isEmpty() && replayLength > 0) {
            // the hinted model heard nothing: give the general model its chance on the same audio
            decoder.bias(List.of(), 0);
            decoder.start();
            decoder.process(Arrays.copyOf(replay, replayLength));
            decoder.end();
            text = decoder.hypothesis();
            confidence = text.isEmpty() ? Double.NaN : decoder.confidence();
        }
        String transcript = text;
        double score = perWord(confidence, transcript);
        return () -> {
            if (!closed) {
                safely(() -> listener.fin(transcript, score));
            }
        };
    }

    /**
     * pocketsphinx's posterior covers the whole utterance, so it shrinks with every word: a clear seven-word sentence
     * scores around 1e-5. Its per-word geometric mean is comparable across lengths, which is what a caller of
     * {@link io.parley.voice.stt.SttListener#fin} expects of a confidence.
     */
    static double perWord(double utterancePosterior, String transcript) {
        if (Double.isNaN(utterancePosterior) || transcript.isBlank()) {
            return utterancePosterior;
        }
        int words = transcript.strip().split("\\s+").length;
        return Math.pow(Math.clamp(utterancePosterior, 0.0, 1.0), 1.0 / words);
    }

    private void remember(short[] pcm) {
        if (hints.isEmpty() || replayLength + pcm.length > MAX_REPLAY_SAMPLES) {
            return;
        }
        if (replayLength + pcm.length > replay.length) {
            replay = Arrays.copyOf(replay, Math.max(replayLength + pcm.length, replay.length * 2));
        }
        System.arraycopy(pcm, 0, replay, replayLength, pcm.length);
        replayLength += pcm.length;
    }

    private void report(Exception error) {
        if (!closed) {
            safely(() -> listener.error(error));
        }
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.warn("STT listener threw; the stream carries on", e);
        }
    }
}
