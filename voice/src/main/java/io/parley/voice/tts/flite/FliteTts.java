package io.parley.voice.tts.flite;

import io.parley.voice.nativelib.SerialSynthesizer;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Offline speech synthesis with CMU flite (Debian's libflite1) through FFM, at 16 kHz. One thread renders queued
 * sentences (bounded) and streams each one's audio in chunks while flite produces it.
 *
 * <pre>{@code
 * TextToSpeech tts = new FliteTts(FliteConfig.defaults());
 * TtsJob job = tts.synthesize("Your table is booked.", "slt", listener);
 * }</pre>
 */
public final class FliteTts implements TextToSpeech {

    private static final AtomicBoolean OPEN = new AtomicBoolean();

    private final FliteConfig config;
    private final SerialSynthesizer synthesizer;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Initialises flite on its own thread.
     *
     * @throws IllegalStateException when another {@code FliteTts} is open in this JVM: flite's voices are
     *                               process-wide objects, so share that one
     */
    public FliteTts(FliteConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (!OPEN.compareAndSet(false, true)) {
            throw new IllegalStateException("flite's voices are process-wide and already owned by an open FliteTts");
        }
        int chunkSamples = FliteConfig.SAMPLE_RATE * config.chunkMs() / 1000;
        try {
            this.synthesizer = new SerialSynthesizer("flite", config.maxQueuedSentences(),
                    () -> FliteRenderer.start(FliteConfig.SAMPLE_RATE, chunkSamples));
        } catch (RuntimeException | Error e) {
            OPEN.set(false);
            throw e;
        }
    }

    @Override
    public String name() {
        return "flite";
    }

    @Override
    public int sampleRate() {
        return FliteConfig.SAMPLE_RATE;
    }

    /**
     * Queues {@code text} for synthesis in {@code voice} ({@code slt}, {@code kal16}, {@code awb} or {@code rms}; null
     * or blank for the configured default). An unknown voice is reported to {@link TtsListener#error}.
     *
     * @throws io.parley.voice.nativelib.TtsQueueFullException when too many sentences are waiting
     */
    @Override
    public TtsJob synthesize(String text, String voice, TtsListener listener) {
        Objects.requireNonNull(text, "text");
        String chosen = voice == null || voice.isBlank() ? config.defaultVoice() : voice;
        return synthesizer.submit(text, chosen, listener);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                synthesizer.close();
            } finally {
                OPEN.set(false);
            }
        }
    }
}
