package io.parley.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.EngineChoice;
import io.parley.voice.agent.EngineChoices;
import io.parley.voice.remote.LoopbackChat;
import io.parley.voice.remote.LoopbackDeepgram;
import io.parley.voice.remote.LoopbackSpeech;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * A live call over the WebSocket plane whose agent runs on the cloud engines (Deepgram STT, OpenAI chat, OpenAI
 * speech), here loopback services that speak those APIs. The agent names their URLs in its engine options, so the
 * shared test node needs no settings of its own (and sends them none of its keys).
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteEnginesCallTests {

    private static final Duration TURN = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    ApiClient api;
    ApiClient.Tenant tenant;
    String secret;
    String deploymentId;
    LoopbackDeepgram deepgram;
    LoopbackChat chat;
    LoopbackSpeech speech;

    @BeforeAll
    void cloudAgent() throws Exception {
        deepgram = LoopbackDeepgram.start(null).answering("book a table for two");
        chat = LoopbackChat.start("Sure", ", for how many people?");
        speech = LoopbackSpeech.start(null);
        api = new ApiClient(port);
        tenant = api.signUp("cloud");
        EngineChoices engines = new EngineChoices(
                new EngineChoice("deepgram", Map.of("url", deepgram.url().toString())),
                new EngineChoice("openai", Map.of("baseUrl", chat.baseUrl().toString(), "model", "loopback-chat")),
                new EngineChoice("openai", Map.of("url", speech.baseUrl().toString(), "voice", "nova")));
        AgentConfig agent = new AgentConfig("Cloud booking", "You book tables.", "Hello, this is the booking line.",
                "en-US", "en-us", engines, null);
        Map<?, ?> created = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/agents",
                tenant.token(), agent, 201);
        Map<?, ?> deployment = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/deployments",
                tenant.token(), Map.of("name", "Web", "agentId", created.get("id"), "channel", "web",
                        // generous deadlines: the first call of a fresh node loads the clients' classes, on a busy machine
                        "settings", Map.of("deadAirTimeoutMs", 15000)), 201);
        deploymentId = (String) deployment.get("id");
        secret = (String) api.createKey(tenant, "secret", List.of()).get("secret");
    }

    @AfterAll
    void stopServices() throws Exception {
        deepgram.close();
        chat.close();
        speech.close();
    }

    @Test
    void aCallerIsHeardByTheCloudRecogniserAndAnsweredByTheCloudModelAndVoice() throws Exception {
        Map<?, ?> offer = api.call(HttpMethod.POST, "/v1/sessions", secret, Map.of("deploymentId", deploymentId), 201);
        try (TestCaller caller = TestCaller.connect(offer.get("signalingUrl") + "?token=" + offer.get("token"))) {
            caller.send(Map.of("type", "start", "transport", "websocket", "outputSampleRate", 16000));
            caller.awaitEvent(TestCaller.type("session_started"), TURN);
            caller.startStreaming();
            caller.awaitEvent(e -> "agent_text_spoken".equals(e.get("type"))
                    && String.valueOf(e.get("text")).contains("booking line"), TURN);

            int replyStart = caller.agentAudioSoFar().length;
            caller.say(TestCaller.speech("I would like to book a table."));

            Map<String, Object> heard = caller.awaitEvent(e -> "user_transcript".equals(e.get("type"))
                    && Boolean.TRUE.equals(e.get("isFinal")), TURN);
            assertThat(heard.get("text")).isEqualTo("book a table for two");
            Map<String, Object> answer = caller.awaitEvent(e -> "agent_text_spoken".equals(e.get("type"))
                    && String.valueOf(e.get("text")).contains("how many people"), TURN);
            assertThat(answer.get("text")).isEqualTo("Sure, for how many people?");
            assertThat(caller.agentAudioSoFar().length).isGreaterThan(replyStart);
            assertThat(caller.events).noneMatch(e -> ("fallback".equals(e.get("type"))
                    || "engine_error".equals(e.get("type"))) && "stt".equals(e.get("stage")));

            caller.send(Map.of("type", "end"));
            assertThat(caller.closeCode.get(20, TimeUnit.SECONDS)).isEqualTo(1000);
        }
        assertThat(deepgram.connections()).isPositive();
        assertThat(chat.requests.poll(5, TimeUnit.SECONDS)).contains("loopback-chat").contains("book a table for two");
        assertThat(speech.requests.stream().map(LoopbackSpeech.Request::body))
                .anySatisfy(b -> assertThat(b).contains("\"voice\":\"nova\"").contains("how many people"));
    }

    @Test
    void anAgentNamingAFallbackEngineThatDoesNotExistIsRefused() {
        EngineChoices engines = new EngineChoices(new EngineChoice("deepgram", Map.of("fallback", "whisper")),
                EngineChoice.of("openai"), EngineChoice.of("openai"));
        Map<?, ?> problem = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/agents",
                tenant.token(), new AgentConfig("Typo", "", "", "en-US", "en-us", engines, null), 400);
        assertThat((String) problem.get("detail")).isEqualTo(
                "engines.stt.options.fallback must be none or a comma-separated list of pocketsphinx, deepgram");
    }
}
