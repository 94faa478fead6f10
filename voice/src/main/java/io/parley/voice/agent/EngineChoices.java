package io.parley.voice.agent;

import java.util.List;
import java.util.Objects;

/** The STT, LLM and TTS engine of an agent. */
public record EngineChoices(EngineChoice stt, EngineChoice llm, EngineChoice tts) {

    /** Engines known to this build; the control plane rejects anything else. */
    public static final List<String> STT_ENGINES = List.of("pocketsphinx", "deepgram");
    public static final List<String> LLM_ENGINES = List.of("flow", "openai", "ollama");
    public static final List<String> TTS_ENGINES = List.of("espeak-ng", "flite", "openai");

    /** The engines that run on the node itself, with no account and no network. */
    public static final List<String> OFFLINE_STT_ENGINES = List.of("pocketsphinx");
    public static final List<String> OFFLINE_TTS_ENGINES = List.of("espeak-ng", "flite");

    /**
     * Option naming an engine's fallbacks in order, comma-separated, or {@code none}: e.g.
     * {@code {"engine":"deepgram","options":{"fallback":"pocketsphinx"}}}. Without it a cloud recogniser falls back to
     * pocketsphinx, every voice to the offline voices, and a reply model to nothing.
     */
    public static final String FALLBACK_OPTION = "fallback";

    public EngineChoices {
        Objects.requireNonNull(stt, "stt");
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(tts, "tts");
    }

    /** Engines that run on the node with no download and no cloud account. */
    public static EngineChoices offline() {
        return new EngineChoices(EngineChoice.of("pocketsphinx"), EngineChoice.of("flow"), EngineChoice.of("espeak-ng"));
    }
}
