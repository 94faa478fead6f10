package io.parley.voice.tts.openai;

import io.parley.voice.audio.Resampler;
import io.parley.voice.remote.RemoteTransport;
import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sentence streaming from the speech API: bytes become PCM16 samples (a byte split across chunks waits for its
 * partner), are resampled and delivered as they arrive. Delivery and {@link #cancel()} share a lock, so once
 * cancel returns no chunk reaches the listener. A body that stops for {@code stallTimeout} fails the job.
 */
final class SpeechStream implements TtsJob, HttpResponse.BodyHandler<Void>, HttpResponse.BodySubscriber<Void> {

    private static final Logger log = LoggerFactory.getLogger(SpeechStream.class);
    private static final int MAX_ERROR_BODY = 2_000;

    private final TtsListener listener;
    private final Resampler resampler;
    private final Duration stallTimeout;
    private final RemoteTransport transport;
    private final CompletableFuture<Void> body = new CompletableFuture<>();
    private CompletableFuture<HttpResponse<Void>> exchange;
    private Flow.Subscription subscription;
    private boolean finished;
    private int carry = -1;
    private long bytes;
    private volatile long lastBytesNanos = System.nanoTime();
    private volatile Future<?> stallCheck;

    SpeechStream(TtsListener listener, int sampleRate, Duration stallTimeout, RemoteTransport transport) {
        this.listener = listener;
        this.resampler = Resampler.of(OpenAiTtsConfig.SERVICE_RATE, sampleRate);
        this.stallTimeout = stallTimeout;
        this.transport = transport;
    }

    void start(CompletableFuture<HttpResponse<Void>> sent) {
        boolean cancelled;
        synchronized (this) {
            exchange = sent;
            cancelled = finished;
        }
        if (cancelled) {
            sent.cancel(true); // cancelled before the request went out
            return;
        }
        sent.whenComplete((response, error) -> {
            if (error != null) {
                fail(new IllegalStateException("OpenAI speech request failed: " + cause(error), cause(error)));
            }
        });
        armStallCheck(stallTimeout);
    }

    @Override
    public HttpResponse.BodySubscriber<Void> apply(HttpResponse.ResponseInfo info) {
        if (info.statusCode() == 200) {
            return this;
        }
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), content -> {
            String text = new String(content, 0, Math.min(content.length, MAX_ERROR_BODY), StandardCharsets.UTF_8);
            fail(new IllegalStateException("OpenAI speech answered HTTP " + info.statusCode()
                    + (text.isBlank() ? "" : ": " + text.strip())));
            return null;
        });
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        boolean cancelled;
        synchronized (this) {
            subscription = s;
            cancelled = finished;
        }
        if (cancelled) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> chunks) {
        lastBytesNanos = System.nanoTime();
        Flow.Subscription s;
        synchronized (this) {
            if (finished) {
                return;
            }
            short[] pcm = decode(chunks);
            if (pcm.length > 0) {
                short[] out = resampler.process(pcm);
                if (out.length > 0) {
                    deliver(out);
                }
            }
            s = subscription;
        }
        s.request(1);
    }

    @Override
    public void onError(Throwable error) {
        fail(new IllegalStateException("OpenAI speech stream broke: " + error, error));
    }

    @Override
    public void onComplete() {
        synchronized (this) {
            if (finished) {
                return;
            }
            if (bytes == 0) {
                failLocked(new IllegalStateException("OpenAI speech returned no audio"));
                return;
            }
            short[] tail = resampler.flush();
            if (tail.length > 0) {
                deliver(tail);
            }
            finished = true;
            stopStallCheck();
            try {
                listener.done();
            } catch (RuntimeException e) {
                log.warn("TTS listener threw on done", e);
            }
        }
        body.complete(null);
    }

    @Override
    public CompletableFuture<Void> getBody() {
        return body;
    }

    @Override
    public void cancel() {
        Flow.Subscription s;
        CompletableFuture<?> sent;
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            s = subscription;
            sent = exchange;
        }
        stopStallCheck();
        if (s != null) {
            s.cancel();
        }
        if (sent != null) {
            sent.cancel(true);
        }
    }

    void fail(Throwable error) {
        synchronized (this) {
            if (!finished) {
                failLocked(error);
            }
        }
    }

    private void failLocked(Throwable error) {
        finished = true;
        stopStallCheck();
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        try {
            listener.error(error);
        } catch (RuntimeException e) {
            log.warn("TTS listener threw on an error", e);
        }
    }

    private void deliver(short[] pcm) {
        try {
            listener.audio(pcm);
        } catch (RuntimeException e) {
            log.warn("TTS listener threw on audio", e);
        }
    }

    private short[] decode(List<ByteBuffer> chunks) {
        int available = carry >= 0 ? 1 : 0;
        for (ByteBuffer b : chunks) {
            available += b.remaining();
        }
        bytes += available - (carry >= 0 ? 1 : 0);
        short[] pcm = new short[available / 2];
        int n = 0;
        for (ByteBuffer b : chunks) {
            while (b.hasRemaining()) {
                int value = b.get() & 0xff;
                if (carry < 0) {
                    carry = value;
                } else {
                    pcm[n++] = (short) (carry | value << 8);
                    carry = -1;
                }
            }
        }
        return pcm;
    }

    private void armStallCheck(Duration delay) {
        stallCheck = transport.schedule(this::checkStall, delay);
    }

    private void checkStall() {
        synchronized (this) {
            if (finished) {
                return;
            }
        }
        long quietNanos = System.nanoTime() - lastBytesNanos;
        if (quietNanos >= stallTimeout.toNanos()) {
            fail(new IllegalStateException("OpenAI speech stream stalled: no audio for " + stallTimeout.toMillis()
                    + " ms"));
            cancelExchange();
        } else {
            armStallCheck(stallTimeout.minusNanos(quietNanos));
        }
    }

    private void cancelExchange() {
        CompletableFuture<?> sent;
        synchronized (this) {
            sent = exchange;
        }
        if (sent != null) {
            sent.cancel(true);
        }
    }

    private void stopStallCheck() {
        Future<?> check = stallCheck;
        if (check != null) {
            check.cancel(false);
        }
    }

    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
