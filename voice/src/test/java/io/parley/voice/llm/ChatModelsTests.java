package io.parley.voice.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.AgentConfigs;
import io.parley.voice.agent.EngineChoice;
import io.parley.voice.agent.EngineChoices;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each engine is built from the agent's choice and really talks to a server over HTTP on loopback. */
class ChatModelsTests {

    private HttpServer server;
    private final CompletableFuture<String> requestBody = new CompletableFuture<>();
    private final CompletableFuture<String> authorization = new CompletableFuture<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void flowEngineIsTheInProcessFlowAgent() {
        StreamingChatModel model = ChatModels.create(AgentConfigs.bookingSample(), Map.of(), Clock.systemUTC());
        assertThat(model).isInstanceOf(FlowAgent.class);
        assertThat(Caller.ask(model, List.of(UserMessage.from("when are you open"))).text())
                .startsWith("We're open Tuesday to Sunday");
    }

    @Test
    void unknownEngineNamesTheAllowedOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChatModels.create(agent(EngineChoice.of("gpt-local")), Map.of(), Clock.systemUTC()))
                .withMessage("unknown LLM engine 'gpt-local'; allowed: flow, openai, ollama");
    }

    @Test
    void flowEngineNeedsAFlow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChatModels.create(agent(EngineChoice.of("flow")), Map.of(), Clock.systemUTC()))
                .withMessageContaining("has no flow");
    }

    @Test
    void openAiEngineStreamsFromTheConfiguredCompatibleServer() throws Exception {
        String url = serve("/v1/chat/completions", "text/event-stream", String.join("\n\n",
                chunk("{\"role\":\"assistant\",\"content\":\"Table\"}", "null"),
                chunk("{\"content\":\" booked.\"}", "null"),
                chunk("{}", "\"stop\""),
                "data: [DONE]", ""));
        AgentConfig agent = agent(new EngineChoice("openai", Map.of("model", "qwen2.5-7b")));

        StreamingChatModel model = ChatModels.create(agent,
                Map.of("OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL", url + "/v1"), Clock.systemUTC());
        Caller.Reply reply = Caller.ask(model, List.of(UserMessage.from("book it")));

        assertThat(reply.tokens()).containsExactly("Table", " booked.");
        assertThat(reply.text()).isEqualTo("Table booked.");
        assertThat(requestBody.get(5, TimeUnit.SECONDS)).containsPattern("\"model\"\\s*:\\s*\"qwen2.5-7b\"").contains("book it");
        assertThat(authorization.get(5, TimeUnit.SECONDS)).isEqualTo("Bearer sk-test");
    }

    @Test
    void anAgentsOwnBaseUrlGetsTheNodesDefaultModelButNeverTheNodesKey() throws Exception {
        String url = serve("/v1/chat/completions", "text/event-stream", String.join("\n\n",
                chunk("{\"role\":\"assistant\",\"content\":\"Hi.\"}", "\"stop\""), "data: [DONE]", ""));
        AgentConfig agent = agent(new EngineChoice("openai", Map.of("baseUrl", url + "/v1")));

        StreamingChatModel model = ChatModels.create(agent, Map.of("OPENAI_API_KEY", "sk-node-secret",
                "OPENAI_BASE_URL", "https://api.openai.com/v1", "OPENAI_MODEL", "gpt-4.1-mini"), Clock.systemUTC());
        assertThat(Caller.ask(model, List.of(UserMessage.from("hello"))).text()).isEqualTo("Hi.");

        assertThat(authorization.get(5, TimeUnit.SECONDS)).doesNotContain("sk-node-secret");
        assertThat(requestBody.get(5, TimeUnit.SECONDS)).containsPattern("\"model\"\\s*:\\s*\"gpt-4.1-mini\"");
    }

    @Test
    void ollamaEngineStreamsFromTheConfiguredServer() throws Exception {
        String url = serve("/api/chat", "application/x-ndjson", String.join("\n",
                "{\"model\":\"llama3.2\",\"created_at\":\"2026-03-12T10:00:00Z\",\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"We open\"},\"done\":false}",
                "{\"model\":\"llama3.2\",\"created_at\":\"2026-03-12T10:00:00Z\",\"message\":{\"role\":\"assistant\","
                        + "\"content\":\" at 5.\"},\"done\":false}",
                "{\"model\":\"llama3.2\",\"created_at\":\"2026-03-12T10:00:01Z\",\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":5,"
                        + "\"eval_count\":3}", ""));
        AgentConfig agent = agent(new EngineChoice("ollama", Map.of("model", "llama3.2")));

        StreamingChatModel model = ChatModels.create(agent, Map.of("OLLAMA_BASE_URL", url), Clock.systemUTC());
        Caller.Reply reply = Caller.ask(model, List.of(UserMessage.from("when do you open")));

        assertThat(reply.tokens()).containsExactly("We open", " at 5.");
        assertThat(reply.text()).isEqualTo("We open at 5.");
        assertThat(requestBody.get(5, TimeUnit.SECONDS)).containsPattern("\"model\"\\s*:\\s*\"llama3.2\"").contains("when do you open");
    }

    private static AgentConfig agent(EngineChoice llm) {
        EngineChoices engines = new EngineChoices(EngineChoice.of("pocketsphinx"), llm, EngineChoice.of("espeak-ng"));
        return new AgentConfig("test", "Be brief.", "", "en-US", "en-us", engines, null);
    }

    private static String chunk(String delta, String finishReason) {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"qwen2.5-7b\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason + "}]}";
    }

    private String serve(String path, String contentType, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            requestBody.complete(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.complete(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
