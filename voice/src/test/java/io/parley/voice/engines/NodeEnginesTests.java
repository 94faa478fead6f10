package io.parley.voice.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.parley.voice.agent.EngineChoice;
import io.parley.voice.remote.Heard;
import io.parley.voice.remote.LoopbackDeepgram;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.deepgram.DeepgramConfig;
import io.parley.voice.stt.deepgram.DeepgramStt;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.openai.OpenAiTtsConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which engines, in which order, a call of an agent runs on; and whose URL gets the node's keys. */
class NodeEnginesTests {

    private static final URI NODE_DEEPGRAM = URI.create("wss://deepgram.example/v1/listen");

    private final OfflineEngines offline = OfflineEngines.withDefaults();
    private RemoteEngines remote = remote(true);
    private NodeEngines engines = new NodeEngines(offline, remote);

    private static RemoteEngines remote(boolean agentEndpoints) {
        return new RemoteEngines(new RemoteEngineSettings(
                DeepgramConfig.hosted("dg-node-key").withEndpoint(NODE_DEEPGRAM, "dg-node-key"),
                OpenAiTtsConfig.hosted("sk-node-key"),
                new RemoteEngineSettings.ChatEndpoint(URI.create("https://api.openai.com/v1"), "sk-node-key", null),
                agentEndpoints));
    }

    @AfterEach
    void close() {
        remote.close();
        offline.close();
    }

    @Test
    void aCloudRecogniserIsBackedByPocketsphinx() {
        assertThat(engines.recognisers(EngineChoice.of("deepgram"))).extracting(SpeechToText::name)
                .containsExactly("deepgram", "pocketsphinx");
        assertThat(engines.recognisers(EngineChoice.of("pocketsphinx"))).extracting(SpeechToText::name)
                .containsExactly("pocketsphinx");
    }

    @Test
    void anyVoiceIsBackedByTheOfflineVoices() {
        assertThat(engines.voices(EngineChoice.of("openai"))).extracting(TextToSpeech::name)
                .containsExactly("openai", "espeak-ng", "flite");
        assertThat(engines.voices(EngineChoice.of("flite"))).extracting(TextToSpeech::name)
                .containsExactly("flite", "espeak-ng");
    }

    @Test
    void theFallbackOptionChoosesTheChainOrNone() {
        assertThat(engines.voices(new EngineChoice("openai", Map.of("fallback", "flite"))))
                .extracting(TextToSpeech::name).containsExactly("openai", "flite");
        assertThat(engines.recognisers(new EngineChoice("deepgram", Map.of("fallback", "none"))))
                .extracting(SpeechToText::name).containsExactly("deepgram");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> engines.recognisers(new EngineChoice("deepgram", Map.of("fallback", "whisper"))))
                .withMessage("unknown STT fallback engine 'whisper'; allowed: pocketsphinx, deepgram");
    }

    @Test
    void anAgentsOwnUrlIsUsedWithoutTheNodesKey() throws Exception {
        try (LoopbackDeepgram own = LoopbackDeepgram.start(null)) {
            SpeechToText stt = remote.speechToText(new EngineChoice("deepgram",
                    Map.of("url", own.url().toString(), "model", "nova-2", "endpointingMs", "800")));
            assertThat(((DeepgramStt) stt).config().apiKey()).isNull();
            stt.open(new SttRequest("en-US", List.of()), new Heard());

            LoopbackDeepgram.Call call = own.nextCall();
            assertThat(call.headers).doesNotContainKey("authorization");
            assertThat(call.query).containsEntry("model", "nova-2").containsEntry("endpointing", "800");
        }
        SpeechToText nodes = remote.speechToText(new EngineChoice("deepgram", Map.of("url", NODE_DEEPGRAM.toString())));
        assertThat(((DeepgramStt) nodes).config().apiKey()).isEqualTo("dg-node-key");
    }

    @Test
    void aNodeCanForbidAgentUrls() {
        remote.close();
        remote = remote(false);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> remote.textToSpeech(new EngineChoice("openai", Map.of("url", "http://10.0.0.1/v1"))))
                .withMessageContaining("does not let agents choose engine endpoints");
    }
}
