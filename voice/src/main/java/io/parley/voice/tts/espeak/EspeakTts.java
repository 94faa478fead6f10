package io.parley.voice.tts.espeak;

import io.parley.voice.nativelib.SerialSynthesizer;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Offline speech synthesis with libespeak-ng (Debian's libespeak-ng1) through FFM. The library is not re-entrant and
 * holds process-wide state, so one instance per JVM owns it on a single thread; sentences queue to that thread
 * (bounded) and their audio arrives in chunks as espeak-ng renders it. SSML is off: text is spoken as written.
 *
 * <pre>{@code
 * TextToSpeech tts = new EspeakTts(EspeakConfig.defaults());
 * TtsJob job = tts.synthesize("Your table is booked.", "en-us", listener); // chunks at tts.sampleRate()
 * }</pre>
 */
public final class EspeakTts implements TextToSpeech {

    private static final AtomicBoolean OPEN = new AtomicBoolean();

    private final EspeakConfig config;
    private final SerialSynthesizer synthesizer;
    private final int sampleRate;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Initialises libespeak-ng on its own thread.
     *
     * @throws IllegalStateException when another {@code EspeakTts} is open in this JVM (share that one)
     */
    public EspeakTts(EspeakConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (!OPEN.compareAndSet(false, true)) {
            throw new IllegalStateException("libespeak-ng is process-wide and already owned by an open EspeakTts");
        }
        try {
            EspeakRenderer[] started = new EspeakRenderer[1];
            this.synthesizer = new SerialSynthesizer("espeak-ng", config.maxQueuedSentences(),
                    () -> started[0] = EspeakRenderer.start(config.chunkMs()));
            this.sampleRate = started[0].sampleRate();
        } catch (RuntimeException | Error e) {
            OPEN.set(false);
            throw e;
        }
    }

    @Override
    public String name() {
        return "espeak-ng";
    }

    /** As reported by {@code espeak_Initialize}: 22050 Hz with Debian's voices. */
    @Override
    public int sampleRate() {
        return sampleRate;
    }

    /**
     * Queues {@code text} for synthesis in {@code voice} (an espeak-ng voice name such as {@code en-us}; null or blank
     * for the configured default). An unknown voice is reported to {@link TtsListener#error}.
     *
     * @throws io.parley.voice.nativelib.TtsQueueFullException when too many sentences are waiting
     */
    @Override
    public TtsJob synthesize(String text, String voice, TtsListener listener) {
        Objects.requireNonNull(text, "text");
        String chosen = voice == null || voice.isBlank() ? config.defaultVoice() : voice;
        return synthesizer.submit(text, chosen, listener);
    }

    /** Stops the synthesis thread and terminates the library; another instance may be opened afterwards. */
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
