package io.parley.voice.remote;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the cloud-engine clients share on a node: one {@link HttpClient} (connection pool, HTTP/2 where the server
 * offers it) whose callbacks run on virtual threads, and one timer thread for keep-alives and stall deadlines.
 * Hundreds of concurrent calls cost sockets and virtual threads, not platform threads.
 *
 * <pre>{@code
 * try (RemoteTransport transport = RemoteTransport.create()) {
 *     SpeechToText stt = new DeepgramStt(config, transport);
 * }
 * }</pre>
 */
public final class RemoteTransport implements AutoCloseable {

    private final ExecutorService callbacks;
    private final ScheduledExecutorService timers;
    private final HttpClient http;

    private RemoteTransport(Duration connectTimeout) {
        this.callbacks = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("parley-remote-", 0).factory());
        this.timers = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("parley-remote-timers").factory());
        this.http = HttpClient.newBuilder()
                .executor(callbacks)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A transport with a 3 s connect timeout. */
    public static RemoteTransport create() {
        return new RemoteTransport(Duration.ofSeconds(3));
    }

    public HttpClient http() {
        return http;
    }

    /** Runs {@code task} off the caller's thread (on a virtual thread). */
    public void execute(Runnable task) {
        callbacks.execute(task);
    }

    /** Runs {@code task} after {@code delay}; timer tasks must be short and never block. */
    public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return timers.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs {@code task} every {@code period}; it must be short and never block. */
    public ScheduledFuture<?> every(Runnable task, Duration period) {
        return timers.scheduleAtFixedRate(task, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stops the timers and closes the HTTP client; streams still open fail. */
    @Override
    public void close() {
        timers.shutdownNow();
        http.shutdownNow();
        callbacks.shutdownNow();
    }
}
