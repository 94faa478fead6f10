package io.parley.voice.pipeline;

import dev.langchain4j.model.chat.StreamingChatModel;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.EngineChoice;
import io.parley.voice.agent.EngineChoices;
import io.parley.voice.engines.OfflineEngines;
import io.parley.voice.llm.ChatModels;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.vad.VoiceActivityDetector;

import java.util.List;
import java.util.Objects;

/**
 * The engines one call runs on, each with an ordered list of fallbacks. The session owns none of them (they are
 * shared across calls and closed by whoever created them).
 *
 * @param vad  speech detection
 * @param stt  speech recognisers, primary first
 * @param llm  reply models, primary first
 * @param tts  voices, primary first (e.g. espeak-ng, then flite)
 * @param llmNames names shown in events for {@code llm}, same order (chat models carry no name of their own)
 */
public record SessionEngines(VoiceActivityDetector vad, List<SpeechToText> stt, List<StreamingChatModel> llm,
                             List<TextToSpeech> tts, List<String> llmNames) {

    public SessionEngines {
        Objects.requireNonNull(vad, "vad");
        stt = List.copyOf(stt);
        llm = List.copyOf(llm);
        tts = List.copyOf(tts);
        if (stt.isEmpty() || llm.isEmpty() || tts.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one STT, LLM and TTS engine");
        }
        llmNames = llmNames == null || llmNames.size() != llm.size()
                ? java.util.stream.IntStream.range(0, llm.size()).mapToObj(i -> "llm-" + i).toList()
                : List.copyOf(llmNames);
    }

    /**
     * The engines an agent asks for, from the node's shared offline engines: its recogniser, its reply model
     * ({@link ChatModels}: the flow agent offline, or a hosted model), and its voice with the other offline voice
     * as fallback (espeak-ng and flite back each other up).
     *
     * <pre>{@code
     * SessionEngines engines = SessionEngines.forAgent(agent, offlineEngines, sileroVad);
     * }</pre>
     */
    public static SessionEngines forAgent(AgentConfig agent, OfflineEngines offline, VoiceActivityDetector vad) {
        String voice = agent.engines().tts().engine();
        List<TextToSpeech> voices = new java.util.ArrayList<>();
        voices.add(offline.textToSpeech(agent.engines().tts()));
        for (String other : EngineChoices.TTS_ENGINES) {
            if (!other.equalsIgnoreCase(voice)) {
                voices.add(offline.textToSpeech(EngineChoice.of(other)));
            }
        }
        return new SessionEngines(vad, List.of(offline.speechToText(agent.engines().stt())),
                List.of(ChatModels.create(agent)), voices, List.of(agent.engines().llm().engine()));
    }

    /** One engine per stage, no fallbacks. */
    public static SessionEngines of(VoiceActivityDetector vad, SpeechToText stt, StreamingChatModel llm,
                                    TextToSpeech tts) {
        return new SessionEngines(vad, List.of(stt), List.of(llm), List.of(tts), List.of("llm"));
    }
}
