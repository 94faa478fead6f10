package io.parley.voice.engines;

import dev.langchain4j.model.chat.StreamingChatModel;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.EngineChoice;
import io.parley.voice.llm.ChatModels;
import io.parley.voice.remote.RemoteTransport;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.deepgram.DeepgramConfig;
import io.parley.voice.stt.deepgram.DeepgramStt;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.openai.OpenAiTts;
import io.parley.voice.tts.openai.OpenAiTtsConfig;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds Parley's cloud-engine clients from an agent's {@link EngineChoice}, on the node's endpoints and keys and
 * one shared {@link RemoteTransport} (created on first use). Engines hold no connection between calls, so each call
 * gets a light client object; closing this factory closes the transport.
 *
 * <p>Agent options refine the node's settings: {@code deepgram} takes {@code url}, {@code model} and
 * {@code endpointingMs}; the {@code openai} voice takes {@code url}, {@code model} and {@code voice}; the
 * {@code openai} reply model takes {@code baseUrl} and {@code model} (see {@link ChatModels}). An agent's own URL
 * is honoured only where {@link RemoteEngineSettings#agentEndpoints()} allows it, and never receives the node's key.
 *
 * <pre>{@code
 * RemoteEngines remote = new RemoteEngines(RemoteEngineSettings.hosted(System.getenv()));
 * SpeechToText stt = remote.speechToText(EngineChoice.of("deepgram"));
 * }</pre>
 */
public final class RemoteEngines implements AutoCloseable {

    private final RemoteEngineSettings settings;
    private RemoteTransport transport;
    private boolean closed;

    public RemoteEngines(RemoteEngineSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The hosted services with keys from the process environment. */
    public static RemoteEngines fromEnvironment() {
        return new RemoteEngines(RemoteEngineSettings.hosted(System.getenv()));
    }

    public RemoteEngineSettings settings() {
        return settings;
    }

    /** A {@code deepgram} recogniser for {@code choice}. */
    public SpeechToText speechToText(EngineChoice choice) {
        requireEngine(choice, "deepgram");
        DeepgramConfig config = settings.deepgram();
        String url = choice.options().get("url");
        if (url != null && !url.isBlank()) {
            URI endpoint = agentEndpoint(url, config.endpoint());
            config = config.withEndpoint(endpoint, endpoint.equals(config.endpoint()) ? config.apiKey() : null);
        }
        if (choice.options().containsKey("model")) {
            config = config.withModel(choice.options().get("model"));
        }
        if (choice.options().containsKey("endpointingMs")) {
            config = config.withEndpointingMs(intOption(choice, "endpointingMs"));
        }
        return new DeepgramStt(config, transport());
    }

    /** An {@code openai} voice for {@code choice}. */
    public TextToSpeech textToSpeech(EngineChoice choice) {
        requireEngine(choice, "openai");
        OpenAiTtsConfig config = settings.openAiTts();
        String url = choice.options().get("url");
        if (url != null && !url.isBlank()) {
            URI endpoint = agentEndpoint(url, config.baseUrl());
            config = config.withEndpoint(endpoint, endpoint.equals(config.baseUrl()) ? config.apiKey() : null);
        }
        if (choice.options().containsKey("model")) {
            config = config.withModel(choice.options().get("model"));
        }
        if (choice.options().containsKey("voice")) {
            config = config.withVoice(choice.options().get("voice"));
        }
        return new OpenAiTts(config, transport());
    }

    /** The reply model of {@code agent} ({@code flow}, {@code openai} or {@code ollama}) on the node's endpoints. */
    public StreamingChatModel chatModel(AgentConfig agent, Clock clock) {
        String baseUrl = agent.engines().llm().options().get("baseUrl");
        if (baseUrl != null && !baseUrl.isBlank()) {
            agentEndpoint(baseUrl, settings.openAiChat().baseUrl());
        }
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("OPENAI_BASE_URL", settings.openAiChat().baseUrl().toString());
        environment.put("OPENAI_MODEL", settings.openAiChat().model());
        String key = settings.openAiChat().apiKey();
        if (key == null || key.isBlank()) {
            environment.remove("OPENAI_API_KEY");
        } else {
            environment.put("OPENAI_API_KEY", key);
        }
        return ChatModels.create(agent, environment, clock);
    }

    private URI agentEndpoint(String url, URI nodes) {
        URI endpoint;
        try {
            endpoint = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("engine URL '" + url + "' is not a URL", e);
        }
        if (!endpoint.equals(nodes) && !settings.agentEndpoints()) {
            throw new IllegalArgumentException("this node does not let agents choose engine endpoints; remove '"
                    + url + "' from the agent's engine options");
        }
        return endpoint;
    }

    private synchronized RemoteTransport transport() {
        if (closed) {
            throw new IllegalStateException("the remote engines are closed");
        }
        if (transport == null) {
            transport = RemoteTransport.create();
        }
        return transport;
    }

    private static void requireEngine(EngineChoice choice, String engine) {
        Objects.requireNonNull(choice, "choice");
        if (!engine.equalsIgnoreCase(String.valueOf(choice.engine()).strip())) {
            throw new IllegalArgumentException("not a " + engine + " engine choice: " + choice.engine());
        }
    }

    private static int intOption(EngineChoice choice, String name) {
        String value = choice.options().get(name);
        try {
            return Integer.parseInt(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (transport != null) {
            transport.close();
        }
    }
}
