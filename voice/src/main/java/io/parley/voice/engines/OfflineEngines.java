package io.parley.voice.engines;

import io.parley.voice.agent.EngineChoice;
import io.parley.voice.agent.EngineChoices;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import io.parley.voice.stt.pocketsphinx.PocketSphinxConfig;
import io.parley.voice.stt.pocketsphinx.PocketSphinxStt;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;
import io.parley.voice.tts.espeak.EspeakConfig;
import io.parley.voice.tts.espeak.EspeakTts;
import io.parley.voice.tts.flite.FliteConfig;
import io.parley.voice.tts.flite.FliteTts;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds Parley's offline engines from an agent's {@link EngineChoice}. The native engines are node-wide resources
 * (a decoder pool, process-wide synthesis libraries), so each is created once, on first use, and shared by every
 * session; the instances handed out ignore {@code close()}, and closing this factory releases them.
 *
 * <pre>{@code
 * OfflineEngines engines = OfflineEngines.withDefaults();          // one per node
 * SpeechToText stt = engines.speechToText(agent.engines().stt());  // "pocketsphinx"
 * TextToSpeech tts = engines.textToSpeech(agent.engines().tts());  // "espeak-ng" or "flite"
 * }</pre>
 */
public final class OfflineEngines implements AutoCloseable {

    private final Supplier<PocketSphinxConfig> sttConfig;
    private final EspeakConfig espeakConfig;
    private final FliteConfig fliteConfig;
    private PocketSphinxStt pocketsphinx;
    private EspeakTts espeak;
    private FliteTts flite;
    private boolean closed;

    /** @param sttConfig supplies the pocketsphinx configuration when first needed (it locates the model on disk) */
    public OfflineEngines(Supplier<PocketSphinxConfig> sttConfig, EspeakConfig espeakConfig, FliteConfig fliteConfig) {
        this.sttConfig = Objects.requireNonNull(sttConfig, "sttConfig");
        this.espeakConfig = Objects.requireNonNull(espeakConfig, "espeakConfig");
        this.fliteConfig = Objects.requireNonNull(fliteConfig, "fliteConfig");
    }

    /** Default configurations: the en-us pocketsphinx model found on this node, 4 decoders; en-us espeak; slt flite. */
    public static OfflineEngines withDefaults() {
        return new OfflineEngines(PocketSphinxConfig::defaults, EspeakConfig.defaults(), FliteConfig.defaults());
    }

    /**
     * The shared recogniser for {@code choice}.
     *
     * @throws IllegalArgumentException naming the allowed engines when {@code choice} is not one of them
     */
    public synchronized SpeechToText speechToText(EngineChoice choice) {
        String engine = engineOf(choice, EngineChoices.OFFLINE_STT_ENGINES, "STT");
        ensureOpen();
        return switch (engine) {
            case "pocketsphinx" -> {
                if (pocketsphinx == null) {
                    pocketsphinx = new PocketSphinxStt(sttConfig.get());
                }
                yield new SharedStt(pocketsphinx);
            }
            default -> throw unknown("STT", choice.engine(), EngineChoices.OFFLINE_STT_ENGINES);
        };
    }

    /**
     * The shared synthesiser for {@code choice}.
     *
     * @throws IllegalArgumentException naming the allowed engines when {@code choice} is not one of them
     */
    public synchronized TextToSpeech textToSpeech(EngineChoice choice) {
        String engine = engineOf(choice, EngineChoices.OFFLINE_TTS_ENGINES, "TTS");
        ensureOpen();
        return switch (engine) {
            case "espeak-ng" -> {
                if (espeak == null) {
                    espeak = new EspeakTts(espeakConfig);
                }
                yield new SharedTts(espeak);
            }
            case "flite" -> {
                if (flite == null) {
                    flite = new FliteTts(fliteConfig);
                }
                yield new SharedTts(flite);
            }
            default -> throw unknown("TTS", choice.engine(), EngineChoices.OFFLINE_TTS_ENGINES);
        };
    }

    /**
     * Loads every offline engine now, with {@code decoders} recognisers ready, so a node's first calls do not wait
     * seconds for models to load. Call once at start, off the request path.
     */
    public void warmUp(int decoders) {
        speechToText(EngineChoice.of("pocketsphinx"));
        textToSpeech(EngineChoice.of("espeak-ng"));
        textToSpeech(EngineChoice.of("flite"));
        PocketSphinxStt stt;
        synchronized (this) {
            stt = pocketsphinx;
        }
        stt.warmUp(decoders);
    }

    /** Releases every engine created so far. */
    @Override
    public synchronized void close() {
        closed = true;
        if (pocketsphinx != null) {
            pocketsphinx.close();
        }
        if (espeak != null) {
            espeak.close();
        }
        if (flite != null) {
            flite.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the offline engines are closed");
        }
    }

    private static String engineOf(EngineChoice choice, List<String> allowed, String kind) {
        Objects.requireNonNull(choice, "choice");
        String engine = choice.engine() == null ? "" : choice.engine().trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(engine)) {
            throw unknown(kind, choice.engine(), allowed);
        }
        return engine;
    }

    private static IllegalArgumentException unknown(String kind, String engine, List<String> allowed) {
        return new IllegalArgumentException("Unknown " + kind + " engine '" + engine + "'; the offline engines are "
                + String.join(", ", allowed));
    }

    /** A view of the shared recogniser whose close() leaves it running for other sessions. */
    private record SharedStt(SpeechToText engine) implements SpeechToText {
        @Override
        public String name() {
            return engine.name();
        }

        @Override
        public SttStream open(SttRequest request, SttListener listener) {
            return engine.open(request, listener);
        }
    }

    /** A view of a shared synthesiser whose close() leaves it running for other sessions. */
    private record SharedTts(TextToSpeech engine) implements TextToSpeech {
        @Override
        public String name() {
            return engine.name();
        }

        @Override
        public int sampleRate() {
            return engine.sampleRate();
        }

        @Override
        public TtsJob synthesize(String text, String voice, TtsListener listener) {
            return engine.synthesize(text, voice, listener);
        }
    }
}
