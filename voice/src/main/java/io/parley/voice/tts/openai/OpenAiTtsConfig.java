package io.parley.voice.tts.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link OpenAiTts} reaches OpenAI's speech API (or a compatible server).
 *
 * @param baseUrl        API root, e.g. {@code https://api.openai.com/v1}; requests go to {@code <baseUrl>/audio/speech}
 * @param apiKey         sent as {@code Authorization: Bearer <key>}; null or blank sends no credentials
 * @param model          e.g. {@code gpt-4o-mini-tts}
 * @param voice          the voice used when the agent's voice is not one of the service's, e.g. {@code alloy}
 * @param sampleRate     the rate the engine hands to the pipeline; the service's 24 kHz PCM is resampled to it
 * @param requestTimeout time allowed until the response headers arrive
 * @param stallTimeout   a stream that delivers no bytes for this long fails (and the session falls back)
 */
public record OpenAiTtsConfig(URI baseUrl, String apiKey, String model, String voice, int sampleRate,
                              Duration requestTimeout, Duration stallTimeout) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.openai.com/v1");
    /** OpenAI's {@code pcm} response format: raw 16-bit little-endian mono at 24 kHz. */
    public static final int SERVICE_RATE = 24_000;

    public OpenAiTtsConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("OpenAI TTS base URL must be http:// or https://, got " + baseUrl);
        }
        model = model == null || model.isBlank() ? "gpt-4o-mini-tts" : model.strip();
        voice = voice == null || voice.isBlank() ? "alloy" : voice.strip();
        if (sampleRate < 8_000 || sampleRate > 48_000) {
            throw new IllegalArgumentException("sampleRate must be between 8000 and 48000, got " + sampleRate);
        }
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        stallTimeout = stallTimeout == null ? Duration.ofSeconds(5) : stallTimeout;
    }

    /** OpenAI's hosted API with {@code apiKey}: gpt-4o-mini-tts, voice alloy, resampled to 16 kHz. */
    public static OpenAiTtsConfig hosted(String apiKey) {
        return new OpenAiTtsConfig(DEFAULT_BASE_URL, apiKey, null, null, 16_000, null, null);
    }

    public OpenAiTtsConfig withEndpoint(URI other, String key) {
        return new OpenAiTtsConfig(other, key, model, voice, sampleRate, requestTimeout, stallTimeout);
    }

    public OpenAiTtsConfig withModel(String other) {
        return new OpenAiTtsConfig(baseUrl, apiKey, other, voice, sampleRate, requestTimeout, stallTimeout);
    }

    public OpenAiTtsConfig withVoice(String other) {
        return new OpenAiTtsConfig(baseUrl, apiKey, model, other, sampleRate, requestTimeout, stallTimeout);
    }

    boolean hasKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    URI speechUri() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/audio/speech");
    }

    @Override
    public String toString() {
        return "OpenAiTtsConfig[baseUrl=" + baseUrl + ", model=" + model + ", voice=" + voice + ", sampleRate="
                + sampleRate + "]";
    }
}
