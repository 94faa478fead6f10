package io.parley.voice.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.EngineChoice;
import io.parley.voice.agent.EngineChoices;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Builds the {@link StreamingChatModel} an agent's LLM {@link EngineChoice} names.
 * <pre>{@code
 * StreamingChatModel model = ChatModels.create(agent);                  // node environment for keys and URLs
 * StreamingChatModel model = ChatModels.create(agent, Map.of("OPENAI_API_KEY", key), Clock.systemUTC());
 * }</pre>
 * <ul>
 *   <li>{@code flow}: the in-process {@link FlowAgent}; the agent must have a flow.</li>
 *   <li>{@code openai}: any OpenAI-compatible server. Options {@code baseUrl} (else {@code OPENAI_BASE_URL}, else
 *       OpenAI), {@code model} (else {@code OPENAI_MODEL}, else {@value #OPENAI_DEFAULT_MODEL}), {@code temperature},
 *       {@code timeoutMs}. The key comes from {@code OPENAI_API_KEY} in the node's environment, never from agent
 *       options, and is sent only to the node's own base URL, never to one an agent chose.</li>
 *   <li>{@code ollama}: options {@code baseUrl} (else {@code OLLAMA_BASE_URL}, else {@value #OLLAMA_DEFAULT_URL}),
 *       {@code model} (default {@value #OLLAMA_DEFAULT_MODEL}), {@code temperature}, {@code timeoutMs}.</li>
 * </ul>
 */
public final class ChatModels {

    static final String OPENAI_DEFAULT_URL = "https://api.openai.com/v1";
    static final String OPENAI_DEFAULT_MODEL = "gpt-4o-mini";
    static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";
    static final String OLLAMA_DEFAULT_MODEL = "llama3.2";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private ChatModels() {
    }

    public static StreamingChatModel create(AgentConfig agent) {
        return create(agent, System.getenv(), Clock.systemDefaultZone());
    }

    /**
     * @param environment the node's configuration: API keys and default URLs
     * @param clock       what "today" is for the flow agent
     * @throws IllegalArgumentException for an unknown engine, or a flow engine on an agent without a flow
     */
    public static StreamingChatModel create(AgentConfig agent, Map<String, String> environment, Clock clock) {
        EngineChoice choice = agent.engines().llm();
        return switch (choice.engine()) {
            case "flow" -> {
                if (agent.flow() == null) {
                    throw new IllegalArgumentException("agent " + agent.name() + " uses the flow engine but has no flow");
                }
                yield new FlowAgent(agent, clock);
            }
            case "openai" -> {
                String nodeUrl = environment.getOrDefault("OPENAI_BASE_URL", OPENAI_DEFAULT_URL);
                String baseUrl = option(choice, "baseUrl", nodeUrl);
                // the node's key goes only to the node's endpoint, never to a URL an agent chose
                String key = sameUrl(baseUrl, nodeUrl) ? environment.getOrDefault("OPENAI_API_KEY", "none") : "none";
                yield OpenAiStreamingChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey(key)
                        .modelName(option(choice, "model", environment.getOrDefault("OPENAI_MODEL", OPENAI_DEFAULT_MODEL)))
                        .temperature(temperature(choice))
                        .timeout(timeout(choice))
                        .build();
            }
            case "ollama" -> OllamaStreamingChatModel.builder()
                    .baseUrl(option(choice, "baseUrl", environment.getOrDefault("OLLAMA_BASE_URL", OLLAMA_DEFAULT_URL)))
                    .modelName(option(choice, "model", OLLAMA_DEFAULT_MODEL))
                    .temperature(temperature(choice))
                    .timeout(timeout(choice))
                    .build();
            default -> throw new IllegalArgumentException("unknown LLM engine '" + choice.engine() + "'; allowed: "
                    + String.join(", ", EngineChoices.LLM_ENGINES));
        };
    }

    private static String option(EngineChoice choice, String name, String fallback) {
        String value = choice.options().get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean sameUrl(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String url) {
        String s = url.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static Double temperature(EngineChoice choice) {
        String value = choice.options().get("temperature");
        return value == null ? null : Double.valueOf(value);
    }

    private static Duration timeout(EngineChoice choice) {
        String value = choice.options().get("timeoutMs");
        return value == null ? DEFAULT_TIMEOUT : Duration.ofMillis(Long.parseLong(value));
    }
}
