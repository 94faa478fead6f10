package io.parley.voice.stt.deepgram;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link DeepgramStt} reaches Deepgram's live streaming API.
 *
 * @param endpoint          the {@code /v1/listen} WebSocket URL, e.g. {@code wss://api.deepgram.com/v1/listen}
 * @param apiKey            sent as {@code Authorization: Token <key>}; null or blank sends no credentials (a
 *                          self-hosted or loopback endpoint)
 * @param model             Deepgram model, e.g. {@code nova-3}; blank leaves the choice to the service
 * @param endpointingMs     silence after which the service marks a result {@code speech_final}
 * @param connectTimeout    time allowed for the WebSocket handshake
 * @param keepAliveInterval a {@code KeepAlive} message goes out when no audio was sent for this long, so the service
 *                          does not close an idle stream
 * @param maxBacklogMs      audio allowed to queue (while connecting, or behind a slow link) before the stream fails
 */
public record DeepgramConfig(URI endpoint, String apiKey, String model, int endpointingMs, Duration connectTimeout,
                             Duration keepAliveInterval, int maxBacklogMs) {

    public static final URI DEFAULT_ENDPOINT = URI.create("wss://api.deepgram.com/v1/listen");
    static final int SAMPLE_RATE = 16_000;

    public DeepgramConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!"ws".equals(endpoint.getScheme()) && !"wss".equals(endpoint.getScheme())) {
            throw new IllegalArgumentException("Deepgram endpoint must be a ws:// or wss:// URL, got " + endpoint);
        }
        model = model == null ? "" : model.strip();
        if (endpointingMs < 10 || endpointingMs > 10_000) {
            throw new IllegalArgumentException("endpointingMs must be between 10 and 10000, got " + endpointingMs);
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        keepAliveInterval = keepAliveInterval == null ? Duration.ofSeconds(5) : keepAliveInterval;
        if (maxBacklogMs < 100) {
            throw new IllegalArgumentException("maxBacklogMs must be at least 100, got " + maxBacklogMs);
        }
    }

    /** Deepgram's hosted service with {@code apiKey}, nova-3, 300 ms endpointing. */
    public static DeepgramConfig hosted(String apiKey) {
        return new DeepgramConfig(DEFAULT_ENDPOINT, apiKey, "nova-3", 300, null, null, 10_000);
    }

    public DeepgramConfig withEndpoint(URI other, String key) {
        return new DeepgramConfig(other, key, model, endpointingMs, connectTimeout, keepAliveInterval, maxBacklogMs);
    }

    public DeepgramConfig withModel(String other) {
        return new DeepgramConfig(endpoint, apiKey, other, endpointingMs, connectTimeout, keepAliveInterval, maxBacklogMs);
    }

    public DeepgramConfig withEndpointingMs(int other) {
        return new DeepgramConfig(endpoint, apiKey, model, other, connectTimeout, keepAliveInterval, maxBacklogMs);
    }

    boolean hasKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** The listen URL for one stream: raw 16 kHz mono PCM16, interim results, the configured endpointing. */
    URI streamUri(String language) {
        StringBuilder query = new StringBuilder("encoding=linear16&sample_rate=").append(SAMPLE_RATE)
                .append("&channels=1&interim_results=true&punctuate=true&endpointing=").append(endpointingMs);
        if (!model.isEmpty()) {
            query.append("&model=").append(encode(model));
        }
        if (language != null && !language.isBlank()) {
            query.append("&language=").append(encode(language));
        }
        String base = endpoint.toString();
        return URI.create(base + (endpoint.getRawQuery() == null ? "?" : "&") + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        // never print the key
        return "DeepgramConfig[endpoint=" + endpoint + ", model=" + model + ", endpointingMs=" + endpointingMs + "]";
    }
}
