package io.parley.voice.pipeline;

import dev.langchain4j.model.chat.StreamingChatModel;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.engines.NodeEngines;
import io.parley.voice.engines.OfflineEngines;
import io.parley.voice.engines.RemoteEngines;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.vad.VoiceActivityDetector;

import java.time.Clock;
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
     * The engines an agent asks for, each with its fallbacks ({@link NodeEngines}): its recogniser (a cloud one backed
     * by pocketsphinx), its reply model ({@link io.parley.voice.llm.ChatModels}: the flow agent offline, or a hosted
     * model), and its voice backed by the offline voices (espeak-ng and flite back each other up).
     *
     * <pre>{@code
     * SessionEngines engines = SessionEngines.forAgent(agent, nodeEngines, sileroVad);
     * }</pre>
     */
    public static SessionEngines forAgent(AgentConfig agent, NodeEngines engines, VoiceActivityDetector vad) {
        List<NodeEngines.Named<StreamingChatModel>> models = engines.replyModels(agent, Clock.systemDefaultZone());
        return new SessionEngines(vad, engines.recognisers(agent.engines().stt()),
                models.stream().map(NodeEngines.Named::engine).toList(), engines.voices(agent.engines().tts()),
                models.stream().map(NodeEngines.Named::name).toList());
    }

    /** As {@link #forAgent(AgentConfig, NodeEngines, VoiceActivityDetector)}, with cloud endpoints and keys from the
     *  process environment ({@code DEEPGRAM_API_KEY}, {@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}). */
    public static SessionEngines forAgent(AgentConfig agent, OfflineEngines offline, VoiceActivityDetector vad) {
        return forAgent(agent, new NodeEngines(offline, EnvironmentEngines.INSTANCE), vad);
    }

    /** Cloud clients on the process environment, created once (their transport opens only if one is used). */
    private static final class EnvironmentEngines {
        static final RemoteEngines INSTANCE = RemoteEngines.fromEnvironment();
    }

    /** One engine per stage, no fallbacks. */
    public static SessionEngines of(VoiceActivityDetector vad, SpeechToText stt, StreamingChatModel llm,
                                    TextToSpeech tts) {
        return new SessionEngines(vad, List.of(stt), List.of(llm), List.of(tts), List.of("llm"));
    }
}
