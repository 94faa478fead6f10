package io.parley.app.session;

import io.parley.voice.audio.PcmFrame;
import io.parley.voice.engines.RemoteEngineSettings;
import io.parley.voice.stt.deepgram.DeepgramConfig;
import io.parley.voice.tts.openai.OpenAiTtsConfig;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The node's engines ({@code parley.engines.*}): model warm-up for the offline ones, and endpoints and keys of the
 * cloud ones an agent may choose (STT {@code deepgram}, TTS {@code openai}, LLM {@code openai}). Keys come from the
 * environment ({@code DEEPGRAM_API_KEY}, {@code OPENAI_API_KEY}); none is needed for a keyless endpoint.
 *
 * @param warmUp         load the offline models in the background at start
 * @param agentEndpoints let agents point an engine at their own URL (engine option {@code url} / {@code baseUrl});
 *                       the node's keys never go to such a URL. Turn off on shared nodes where tenants must not
 *                       make the node connect to hosts of their choosing
 * @param deepgram       Deepgram's live streaming API
 * @param openaiTts      OpenAI's speech API
 * @param openaiChat     an OpenAI-compatible chat completions API
 */
@Validated
@ConfigurationProperties("parley.engines")
public record EnginesProperties(
        @DefaultValue("true") boolean warmUp,
        @DefaultValue("true") boolean agentEndpoints,
        @Valid @NotNull @DefaultValue Deepgram deepgram,
        @Valid @NotNull @DefaultValue OpenAiTts openaiTts,
        @Valid @NotNull @DefaultValue OpenAiChat openaiChat) {

    /**
     * @param url         the {@code /v1/listen} WebSocket URL
     * @param apiKey      Deepgram key, sent as {@code Authorization: Token}
     * @param model       Deepgram model; blank for the service's default
     * @param endpointing silence after which Deepgram marks speech final
     */
    public record Deepgram(
            @NotNull @DefaultValue("wss://api.deepgram.com/v1/listen") URI url,
            @DefaultValue("") String apiKey,
            @DefaultValue("nova-3") String model,
            @NotNull @DefaultValue("300ms") Duration endpointing,
            @NotNull @DefaultValue("3s") Duration connectTimeout,
            @NotNull @DefaultValue("5s") Duration keepAliveInterval) {
    }

    /**
     * @param url            API root; requests go to {@code <url>/audio/speech}
     * @param apiKey         OpenAI key, sent as a bearer token
     * @param voice          used when the agent's voice is not an OpenAI voice
     * @param requestTimeout until the response headers arrive
     * @param stallTimeout   a stream silent for this long fails and the call falls back to an offline voice
     */
    public record OpenAiTts(
            @NotNull @DefaultValue("https://api.openai.com/v1") URI url,
            @DefaultValue("") String apiKey,
            @NotBlank @DefaultValue("gpt-4o-mini-tts") String model,
            @NotBlank @DefaultValue("alloy") String voice,
            @NotNull @DefaultValue("10s") Duration requestTimeout,
            @NotNull @DefaultValue("5s") Duration stallTimeout) {
    }

    /**
     * @param url    API root of an OpenAI-compatible server (OpenAI, vLLM, LiteLLM, ...)
     * @param apiKey bearer token
     * @param model  used when the agent names none
     */
    public record OpenAiChat(
            @NotNull @DefaultValue("https://api.openai.com/v1") URI url,
            @DefaultValue("") String apiKey,
            @NotBlank @DefaultValue("gpt-4o-mini") String model) {
    }

    /** The voice module's view of these settings. */
    RemoteEngineSettings remote() {
        DeepgramConfig stt = new DeepgramConfig(deepgram.url(), deepgram.apiKey(), deepgram.model(),
                Math.toIntExact(deepgram.endpointing().toMillis()), deepgram.connectTimeout(),
                deepgram.keepAliveInterval(), 10_000);
        OpenAiTtsConfig tts = new OpenAiTtsConfig(openaiTts.url(), openaiTts.apiKey(), openaiTts.model(),
                openaiTts.voice(), PcmFrame.ENGINE_RATE, openaiTts.requestTimeout(), openaiTts.stallTimeout());
        return new RemoteEngineSettings(stt, tts,
                new RemoteEngineSettings.ChatEndpoint(openaiChat.url(), openaiChat.apiKey(), openaiChat.model()),
                agentEndpoints);
    }
}
