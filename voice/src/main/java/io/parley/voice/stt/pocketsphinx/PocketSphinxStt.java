package io.parley.voice.stt.pocketsphinx;

import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Offline speech recognition with CMU pocketsphinx (Debian's libpocketsphinx3 and pocketsphinx-en-us) through FFM.
 * Each stream takes a decoder from a bounded pool and runs it on a thread of its own; partial hypotheses arrive
 * while audio flows and the final one after {@link SttStream#finish()}. Request hints bias recognition toward the
 * words the agent expects.
 *
 * <pre>{@code
 * SpeechToText stt = new PocketSphinxStt(PocketSphinxConfig.defaults());
 * SttStream stream = stt.open(new SttRequest("en-US", List.of("book a table")), listener);
 * stream.accept(pcm16k); ... stream.finish();
 * }</pre>
 */
public final class PocketSphinxStt implements SpeechToText {

    private final PocketSphinxConfig config;
    private final DecoderPool pool;
    private final AtomicInteger threads = new AtomicInteger();

    public PocketSphinxStt(PocketSphinxConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.pool = new DecoderPool(config.maxDecoders(), () -> PocketSphinxDecoder.create(config.model()));
    }

    @Override
    public String name() {
        return "pocketsphinx";
    }

    /**
     * Opens a stream for 16 kHz mono PCM16.
     *
     * @throws SttCapacityExceededException when every decoder is in use
     * @throws IllegalArgumentException     for a language other than English
     */
    @Override
    public SttStream open(SttRequest request, SttListener listener) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        String language = request.language() == null ? "en" : request.language().toLowerCase(Locale.ROOT);
        if (!language.startsWith("en")) {
            throw new IllegalArgumentException("pocketsphinx has only the en-US model here, not " + request.language());
        }
        DecoderPool.Lease lease = pool.reserve();
        PocketSphinxStream stream = new PocketSphinxStream(lease, listener,
                HintLanguageModel.phrases(request.hints()), config);
        try {
            Thread.ofPlatform().daemon().name("parley-stt-pocketsphinx-" + threads.incrementAndGet()).start(stream);
        } catch (RuntimeException | Error e) {
            lease.release(true);
            throw e;
        }
        return stream;
    }

    /** Loads {@code count} decoders now (at most the pool size) so the first calls do not pay for it. */
    public void warmUp(int count) {
        List<DecoderPool.Lease> leases = new ArrayList<>();
        try {
            for (int i = 0; i < Math.min(count, config.maxDecoders()); i++) {
                DecoderPool.Lease lease = pool.reserve();
                leases.add(lease);
                lease.decoder();
            }
        } finally {
            leases.forEach(DecoderPool.Lease::close);
        }
    }

    /** Decoders created so far (never more than the pool size). */
    public int decodersCreated() {
        return pool.created();
    }

    /** Frees idle decoders; those serving a stream are freed when the stream ends. */
    @Override
    public void close() {
        pool.close();
    }
}
