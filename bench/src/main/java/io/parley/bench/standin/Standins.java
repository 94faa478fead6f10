package io.parley.bench.standin;

import io.parley.voice.agent.EngineChoice;
import io.parley.voice.agent.EngineChoices;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The three engine stand-ins together, for capacity tests that measure the platform rather than an engine: a
 * Deepgram live STT ({@link DeepgramStandin}), an OpenAI chat LLM ({@link OpenAiChatStandin}) and an OpenAI speech
 * TTS ({@link OpenAiSpeechStandin}), each on its own loopback port with its own latency, jitter and faults. They
 * stand in for cloud APIs that cannot be reached from here; none recognises, understands or speaks.
 *
 * <pre>{@code
 * try (Standins engines = Standins.start(Standins.Config.defaults())) {
 *     Map<String, String> node = engines.nodeProperties();   // parley.engines.* for the node under test
 *     EngineChoices agent = Standins.agentEngines();          // deepgram / openai / openai
 * }
 * }</pre>
 */
public final class Standins implements AutoCloseable {

    /** Settings of the three stand-ins. */
    public record Config(DeepgramStandin.Config stt, OpenAiChatStandin.Config llm, OpenAiSpeechStandin.Config tts) {

        public Config {
            Objects.requireNonNull(stt, "stt");
            Objects.requireNonNull(llm, "llm");
            Objects.requireNonNull(tts, "tts");
        }

        /** STT final 150 ms, LLM first token 300 ms then 40 tokens/s, TTS first audio 80 ms; no faults; any ports. */
        public static Config defaults() {
            return new Config(DeepgramStandin.Config.defaults(), OpenAiChatStandin.Config.defaults(),
                    OpenAiSpeechStandin.Config.defaults());
        }
    }

    private final DeepgramStandin stt;
    private final OpenAiChatStandin llm;
    private final OpenAiSpeechStandin tts;

    private Standins(DeepgramStandin stt, OpenAiChatStandin llm, OpenAiSpeechStandin tts) {
        this.stt = stt;
        this.llm = llm;
        this.tts = tts;
    }

    /** Starts all three on 127.0.0.1; if one cannot bind, the others are stopped again. */
    public static Standins start(Config config) throws IOException {
        DeepgramStandin stt = DeepgramStandin.start(config.stt());
        OpenAiChatStandin llm = null;
        try {
            llm = OpenAiChatStandin.start(config.llm());
            return new Standins(stt, llm, OpenAiSpeechStandin.start(config.tts()));
        } catch (IOException | RuntimeException e) {
            stt.close();
            if (llm != null) {
                llm.close();
            }
            throw e;
        }
    }

    public DeepgramStandin stt() {
        return stt;
    }

    public OpenAiChatStandin llm() {
        return llm;
    }

    public OpenAiSpeechStandin tts() {
        return tts;
    }

    /** The engine choices an agent needs to run on these stand-ins: STT deepgram, LLM openai, TTS openai. */
    public static EngineChoices agentEngines() {
        return new EngineChoices(EngineChoice.of("deepgram"), EngineChoice.of("openai"), EngineChoice.of("openai"));
    }

    /**
     * The node settings that point Parley's cloud-engine clients at these stand-ins ({@code parley.engines.*}), with
     * the stand-ins' keys if they check one.
     */
    public Map<String, String> nodeProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("parley.engines.deepgram.url", stt.url().toString());
        properties.put("parley.engines.deepgram.api-key", orEmpty(stt.config().apiKey()));
        properties.put("parley.engines.openai-chat.url", llm.baseUrl().toString());
        properties.put("parley.engines.openai-chat.api-key", orEmpty(llm.config().apiKey()));
        properties.put("parley.engines.openai-tts.url", tts.baseUrl().toString());
        properties.put("parley.engines.openai-tts.api-key", orEmpty(tts.config().apiKey()));
        return properties;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() {
        stt.close();
        llm.close();
        tts.close();
    }
}
