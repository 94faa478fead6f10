package io.parley.voice.engines;

import io.parley.voice.stt.deepgram.DeepgramConfig;
import io.parley.voice.tts.openai.OpenAiTtsConfig;
import java.net.URI;
import java.util.Objects;

/**
 * A node's cloud-engine endpoints and credentials.
 *
 * @param deepgram       the {@code deepgram} recogniser
 * @param openAiTts      the {@code openai} voice
 * @param openAiChat     the {@code openai} reply model (any OpenAI-compatible chat completions server)
 * @param agentEndpoints whether an agent may point an engine at another URL through its options ({@code url},
 *                       {@code baseUrl}); the node's keys are never sent to such a URL
 */
public record RemoteEngineSettings(DeepgramConfig deepgram, OpenAiTtsConfig openAiTts, ChatEndpoint openAiChat,
                                   boolean agentEndpoints) {

    public RemoteEngineSettings {
        Objects.requireNonNull(deepgram, "deepgram");
        Objects.requireNonNull(openAiTts, "openAiTts");
        Objects.requireNonNull(openAiChat, "openAiChat");
    }

    /**
     * @param baseUrl API root, e.g. {@code https://api.openai.com/v1}
     * @param apiKey  sent as a bearer token; blank for none
     * @param model   used when the agent names none
     */
    public record ChatEndpoint(URI baseUrl, String apiKey, String model) {
        public ChatEndpoint {
            Objects.requireNonNull(baseUrl, "baseUrl");
            model = model == null || model.isBlank() ? "gpt-4o-mini" : model.strip();
        }

        @Override
        public String toString() {
            return "ChatEndpoint[baseUrl=" + baseUrl + ", model=" + model + "]";
        }
    }

    /** The hosted services, keys from {@code DEEPGRAM_API_KEY} and {@code OPENAI_API_KEY} in {@code environment}. */
    public static RemoteEngineSettings hosted(java.util.Map<String, String> environment) {
        String openAiKey = environment.get("OPENAI_API_KEY");
        String chatUrl = environment.getOrDefault("OPENAI_BASE_URL", "https://api.openai.com/v1");
        return new RemoteEngineSettings(DeepgramConfig.hosted(environment.get("DEEPGRAM_API_KEY")),
                OpenAiTtsConfig.hosted(openAiKey), new ChatEndpoint(URI.create(chatUrl), openAiKey, null), true);
    }
}
