package io.parley.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.engines.RemoteEngineSettings;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The {@code parley.engines.*} settings an operator (or the load harness) writes reach the cloud clients. */
class EnginesPropertiesTests {

    private static RemoteEngineSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("parley.engines", EnginesProperties.class).remote();
    }

    @Test
    void withNothingSetTheHostedServicesAreUsedWithoutKeys() {
        RemoteEngineSettings settings = bind(Map.of());
        assertThat(settings.deepgram().endpoint()).isEqualTo(URI.create("wss://api.deepgram.com/v1/listen"));
        assertThat(settings.deepgram().model()).isEqualTo("nova-3");
        assertThat(settings.deepgram().endpointingMs()).isEqualTo(300);
        assertThat(settings.openAiTts().baseUrl()).isEqualTo(URI.create("https://api.openai.com/v1"));
        assertThat(settings.openAiTts().voice()).isEqualTo("alloy");
        assertThat(settings.openAiTts().sampleRate()).isEqualTo(16_000);
        assertThat(settings.openAiChat().model()).isEqualTo("gpt-4o-mini");
        assertThat(settings.agentEndpoints()).isTrue();
    }

    @Test
    void theSettingsThatPointANodeAtTheStandInsBind() {
        RemoteEngineSettings settings = bind(Map.of(
                "parley.engines.deepgram.url", "ws://127.0.0.1:7001/v1/listen",
                "parley.engines.deepgram.api-key", "dg-key",
                "parley.engines.deepgram.endpointing", "2s",
                "parley.engines.openai-chat.url", "http://127.0.0.1:7002/v1",
                "parley.engines.openai-chat.api-key", "oa-key",
                "parley.engines.openai-tts.url", "http://127.0.0.1:7003/v1",
                "parley.engines.openai-tts.api-key", "oa-key",
                "parley.engines.openai-tts.voice", "nova",
                "parley.engines.agent-endpoints", "false"));
        assertThat(settings.deepgram().endpoint()).isEqualTo(URI.create("ws://127.0.0.1:7001/v1/listen"));
        assertThat(settings.deepgram().apiKey()).isEqualTo("dg-key");
        assertThat(settings.deepgram().endpointingMs()).isEqualTo(2000);
        assertThat(settings.openAiChat().baseUrl()).isEqualTo(URI.create("http://127.0.0.1:7002/v1"));
        assertThat(settings.openAiChat().apiKey()).isEqualTo("oa-key");
        assertThat(settings.openAiTts().baseUrl()).isEqualTo(URI.create("http://127.0.0.1:7003/v1"));
        assertThat(settings.openAiTts().voice()).isEqualTo("nova");
        assertThat(settings.agentEndpoints()).isFalse();
    }
}
