package io.parley.voice.nativelib;

import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One platform thread that owns a non-re-entrant native synthesiser: it initialises the library, renders queued
 * jobs one after another, and shuts the library down. Callers only enqueue (bounded) and get a cancellable handle.
 */
public final class SerialSynthesizer implements AutoCloseable {

    /** The engine-specific part; every method runs on the owning thread. */
    public interface Renderer {

        /** Renders {@code job} in chunks via {@link SynthesisJob#deliver}, stopping when it returns false. */
        void render(SynthesisJob job) throws Exception;

        /** Releases the library. */
        void shutdown();
    }

    /** Creates the renderer on the owning thread, so thread-affine initialisation happens there. */
    @FunctionalInterface
    public interface RendererFactory {
        Renderer start() throws Exception;
    }

    private static final SynthesisJob STOP = new SynthesisJob("", "", new NoListener());

    private final String name;
    private final BlockingQueue<SynthesisJob> queue;
    private final Thread thread;
    private volatile boolean closed;
    private volatile SynthesisJob current;

    /**
     * Starts the owning thread and waits for the renderer to initialise.
     *
     * @throws NativeCallException (or the renderer's exception) when initialisation fails
     */
    public SerialSynthesizer(String name, int queueCapacity, RendererFactory factory) {
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        CompletableFuture<Renderer> started = new CompletableFuture<>();
        this.thread = Thread.ofPlatform().daemon().name("parley-tts-" + name).start(() -> run(factory, started));
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new IllegalStateException(name + " did not initialise within 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + name, e);
        }
    }

    /**
     * Queues a synthesis.
     *
     * @throws TtsQueueFullException when {@code queueCapacity} jobs are already waiting
     */
    public TtsJob submit(String text, String voice, TtsListener listener) {
        if (closed) {
            throw new IllegalStateException(name + " is closed");
        }
        SynthesisJob job = new SynthesisJob(text, voice, listener);
        if (!queue.offer(job)) {
            throw TtsQueueFullException.of(name, queue.size());
        }
        return job;
    }

    private void run(RendererFactory factory, CompletableFuture<Renderer> started) {
        Renderer renderer;
        try {
            renderer = factory.start();
            started.complete(renderer);
        } catch (Throwable t) {
            started.completeExceptionally(t);
            return;
        }
        try {
            while (true) {
                SynthesisJob job = queue.take();
                if (job == STOP) {
                    break;
                }
                if (job.cancelled()) {
                    continue;
                }
                current = job;
                try {
                    renderer.render(job);
                    job.complete();
                } catch (Throwable t) {
                    job.fail(t);
                } finally {
                    current = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            renderer.shutdown();
        }
    }

    /** Cancels queued jobs, lets the current one stop, and releases the library. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<SynthesisJob> pending = new ArrayList<>();
        queue.drainTo(pending);
        SynthesisJob running = current;
        if (running != null) {
            pending.add(running); // ending it makes its next delivery return false, so rendering stops
        }
        pending.forEach(job -> job.fail(new IllegalStateException(name + " was closed before this job finished")));
        try {
            queue.put(STOP);
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class NoListener implements TtsListener {
        @Override
        public void audio(short[] pcm) {
        }

        @Override
        public void done() {
        }

        @Override
        public void error(Throwable error) {
        }
    }
}
