package io.parley.voice.vad;

import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs the shared Silero model for many calls at once. Each call's actor submits its window and waits; one inference
 * thread collects the windows that arrive within a short batching window and scores them in a single run. The thread
 * waits for company only while fewer windows are queued than streams are currently active, so a lone call never pays
 * the batching delay.
 */
final class SileroBatcher implements AutoCloseable {

    private static final Request POISON = new Request(null, null);
    /** A window normally takes well under a millisecond; this long means the inference thread is stuck or gone. */
    private static final long RESULT_TIMEOUT_MS = 2_000;

    private final SileroModel model;
    private final int maxBatch;
    private final long windowNanos;
    private final BlockingQueue<Request> queue;
    private final Thread worker;
    private final AtomicInteger activeStreams = new AtomicInteger();
    private final LongAdder batches = new LongAdder();
    private final LongAdder windows = new LongAdder();
    private volatile boolean closed;

    SileroBatcher(SileroModel model, int maxBatch, long windowNanos, int queueCapacity) {
        this.model = model;
        this.maxBatch = maxBatch;
        this.windowNanos = windowNanos;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.worker = Thread.ofPlatform().name("parley-silero-vad").daemon().start(this::loop);
    }

    /** Scores one window (context + window samples), replacing {@code state} with the next one. Blocks until done. */
    float score(float[] input, float[] state) {
        if (closed) {
            throw new IllegalStateException("Silero VAD is closed");
        }
        Request request = new Request(input, state);
        try {
            if (!queue.offer(request, RESULT_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Silero VAD queue stayed full for " + RESULT_TIMEOUT_MS + " ms");
            }
            return request.result.get(RESULT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the VAD", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Silero VAD inference failed", e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Silero VAD gave no result within " + RESULT_TIMEOUT_MS + " ms", e);
        }
    }

    void streamActive(boolean active) {
        activeStreams.addAndGet(active ? 1 : -1);
    }

    long batches() {
        return batches.sum();
    }

    long windows() {
        return windows.sum();
    }

    private void loop() {
        List<Request> batch = new ArrayList<>(maxBatch);
        float[][] inputs = new float[maxBatch][];
        float[][] states = new float[maxBatch][];
        while (true) {
            batch.clear();
            try {
                Request first = queue.take();
                if (first == POISON) {
                    return;
                }
                batch.add(first);
                collect(batch);
            } catch (InterruptedException e) {
                return;
            }
            boolean stop = batch.remove(POISON);
            for (int i = 0; i < batch.size(); i++) {
                inputs[i] = batch.get(i).input;
                states[i] = batch.get(i).state;
            }
            try {
                float[] p = model.run(inputs, states, batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result.complete(p[i]);
                }
            } catch (OrtException | RuntimeException | Error e) {
                // Every waiting call learns of the failure (and falls back) instead of waiting forever.
                batch.forEach(r -> r.result.completeExceptionally(e));
            }
            batches.increment();
            windows.add(batch.size());
            if (stop) {
                return;
            }
        }
    }

    private void collect(List<Request> batch) throws InterruptedException {
        queue.drainTo(batch, maxBatch - batch.size());
        long deadline = System.nanoTime() + windowNanos;
        while (batch.size() < maxBatch && batch.size() < activeStreams.get() && !batch.contains(POISON)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            Request next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            batch.add(next);
            queue.drainTo(batch, maxBatch - batch.size());
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.offer(POISON);
        try {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Request left;
        while ((left = queue.poll()) != null) {
            left.result.completeExceptionally(new IllegalStateException("Silero VAD closed"));
        }
    }

    private record Request(float[] input, float[] state, CompletableFuture<Float> result) {
        Request(float[] input, float[] state) {
            this(input, state, new CompletableFuture<>());
        }
    }
}
