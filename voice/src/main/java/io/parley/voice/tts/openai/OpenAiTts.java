package io.parley.voice.tts.openai;

import io.parley.voice.remote.RemoteTransport;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streaming speech synthesis with OpenAI's speech API: {@code POST /v1/audio/speech} with
 * {@code response_format: "pcm"} answers with chunked raw 24 kHz PCM16, which is resampled to
 * {@link OpenAiTtsConfig#sampleRate()} and handed to the listener chunk by chunk, so the first audio plays as soon
 * as the first bytes arrive. {@link TtsJob#cancel()} aborts the HTTP exchange mid-stream. An error status, an empty
 * or stalled body, or a broken connection becomes {@link TtsListener#error}, which the session answers by retrying
 * and then switching to its fallback voice.
 *
 * <pre>{@code
 * TextToSpeech tts = new OpenAiTts(OpenAiTtsConfig.hosted(System.getenv("OPENAI_API_KEY")));
 * TtsJob job = tts.synthesize("Your table is booked.", "nova", listener); // chunks at tts.sampleRate()
 * }</pre>
 */
public final class OpenAiTts implements TextToSpeech {

    /** The service's own voices; any other voice (an agent's espeak-style language tag) means the configured one. */
    public static final Set<String> VOICES = Set.of("alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx",
            "sage", "shimmer", "verse");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OpenAiTtsConfig config;
    private final RemoteTransport transport;
    private final boolean ownsTransport;

    /** A synthesiser with a transport of its own, closed with it. */
    public OpenAiTts(OpenAiTtsConfig config) {
        this(config, RemoteTransport.create(), true);
    }

    /** A synthesiser on a node's shared transport, which stays open when this closes. */
    public OpenAiTts(OpenAiTtsConfig config, RemoteTransport transport) {
        this(config, transport, false);
    }

    private OpenAiTts(OpenAiTtsConfig config, RemoteTransport transport, boolean ownsTransport) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.ownsTransport = ownsTransport;
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public int sampleRate() {
        return config.sampleRate();
    }

    public OpenAiTtsConfig config() {
        return config;
    }

    @Override
    public TtsJob synthesize(String text, String voice, TtsListener listener) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(listener, "listener");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", config.model());
        body.put("input", text);
        body.put("voice", voice != null && VOICES.contains(voice) ? voice : config.voice());
        body.put("response_format", "pcm");
        HttpRequest.Builder request = HttpRequest.newBuilder(config.speechUri())
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "audio/pcm")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (config.hasKey()) {
            request.header("Authorization", "Bearer " + config.apiKey());
        }
        if ("http".equals(config.baseUrl().getScheme())) {
            // plain HTTP (a local or self-hosted server): no h2c upgrade attempt on every new connection
            request.version(HttpClient.Version.HTTP_1_1);
        }
        SpeechStream stream = new SpeechStream(listener, config.sampleRate(), config.stallTimeout(), transport);
        HttpRequest built = request.build();
        // sent from a virtual thread: resolving the host may block, and this runs on the session's thread
        transport.execute(() -> {
            try {
                stream.start(transport.http().sendAsync(built, stream));
            } catch (RuntimeException e) {
                stream.fail(new IllegalStateException("OpenAI speech request failed: " + e, e));
            }
        });
        return stream;
    }

    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }
}
