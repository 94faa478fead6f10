package io.parley.bench.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.engines.RemoteEngineSettings;
import io.parley.voice.engines.RemoteEngines;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.stt.deepgram.DeepgramConfig;
import io.parley.voice.tts.openai.OpenAiTtsConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stand-ins answer Parley's own cloud-engine clients over loopback, as the cloud services would. */
class StandinsTests {

    private Standins standins;
    private RemoteEngines remote;

    @AfterEach
    void stop() {
        if (remote != null) {
            remote.close();
        }
        if (standins != null) {
            standins.close();
        }
    }

    private void start(Standins.Config config) throws Exception {
        standins = Standins.start(config);
        remote = new RemoteEngines(new RemoteEngineSettings(
                DeepgramConfig.hosted(config.stt().apiKey()).withEndpoint(standins.stt().url(), config.stt().apiKey()),
                OpenAiTtsConfig.hosted(config.tts().apiKey()).withEndpoint(standins.tts().baseUrl(), config.tts().apiKey()),
                new RemoteEngineSettings.ChatEndpoint(standins.llm().baseUrl(), config.llm().apiKey(), "gpt-4o-mini"),
                false));
    }

    private static Standins.Config fast() {
        Standins.Config d = Standins.Config.defaults();
        return new Standins.Config(d.stt().withFinalLatency(Latency.of(20, 5)).withApiKey("dg-key"),
                d.llm().withFirstToken(Latency.of(20, 5)).withApiKey("oa-key"),
                d.tts().withFirstAudio(Latency.of(20, 5)).withApiKey("oa-key"));
    }

    @Test
    void speechGetsInterimResultsAndTheScriptedPhraseAsTheFinalAfterFinalize() throws Exception {
        start(fast());
        SpeechToText stt = remote.speechToText(io.parley.voice.agent.EngineChoice.of("deepgram"));
        Recorder heard = new Recorder();
        SttStream stream = stt.open(new SttRequest("en-US", List.of()), heard);
        Recorder.feed(stream, Recorder.tone(1200));
        Recorder.await(() -> heard.partials.size() >= 2);
        stream.finish();

        Recorder.Final fin = heard.fin.get(5, TimeUnit.SECONDS);
        assertThat(fin.text()).isEqualTo("book a table for two");
        assertThat(fin.confidence()).isGreaterThan(0.9);
        assertThat(heard.partials).isNotEmpty().allSatisfy(p -> assertThat("book a table for two").startsWith(p));
        assertThat(standins.stt().stats().requests()).isEqualTo(1);
    }

    @Test
    void theSecondUtteranceGetsTheNextPhraseAfterEndpointingSilence() throws Exception {
        start(fast());
        SpeechToText stt = remote.speechToText(io.parley.voice.agent.EngineChoice.of("deepgram"));
        Recorder first = new Recorder();
        SttStream one = stt.open(new SttRequest("en-US", List.of()), first);
        Recorder.feed(one, Recorder.tone(400));
        one.finish();
        assertThat(first.fin.get(5, TimeUnit.SECONDS).text()).isEqualTo("book a table for two");
        one.close();

        Recorder second = new Recorder();
        SttStream two = stt.open(new SttRequest("en-US", List.of()), second);
        Recorder.feed(two, Recorder.tone(400));
        Recorder.feed(two, new short[16 * 600]); // silence past the 300 ms endpointing
        two.finish();
        assertThat(second.fin.get(5, TimeUnit.SECONDS).text()).isEqualTo("tomorrow at seven");
    }

    @Test
    void anSttErrorFaultReachesTheListenerAsAnError() throws Exception {
        Standins.Config f = fast();
        start(new Standins.Config(f.stt().withFaults(FaultPlan.always(Fault.ERROR)), f.llm(), f.tts()));
        Recorder heard = new Recorder();
        SttStream stream = remote.speechToText(io.parley.voice.agent.EngineChoice.of("deepgram"))
                .open(new SttRequest("en-US", List.of()), heard);
        Recorder.feed(stream, Recorder.tone(200));
        assertThat(heard.error.get(5, TimeUnit.SECONDS)).hasMessageContaining("1011");
    }

    @Test
    void speechLastsInProportionToTheTextAtThePipelineRate() throws Exception {
        start(fast());
        TextToSpeech tts = remote.textToSpeech(io.parley.voice.agent.EngineChoice.of("openai"));
        Recorder played = new Recorder();
        String text = "Your table for two is booked."; // 29 characters, 60 ms each
        tts.synthesize(text, "en-us", played);
        played.done.get(10, TimeUnit.SECONDS);
        assertThat(tts.sampleRate()).isEqualTo(16_000);
        assertThat(played.samples.get()).isBetween(29 * 60 * 16 - 400, 29 * 60 * 16 + 400);
    }

    @Test
    void aTtsErrorFaultIsAnError() throws Exception {
        Standins.Config f = fast();
        start(new Standins.Config(f.stt(), f.llm(), f.tts().withFaults(FaultPlan.always(Fault.ERROR))));
        Recorder played = new Recorder();
        remote.textToSpeech(io.parley.voice.agent.EngineChoice.of("openai")).synthesize("Hello.", "en-us", played);
        assertThat(played.error.get(5, TimeUnit.SECONDS)).hasMessageContaining("HTTP 500");
    }

    @Test
    void theChatStandinStreamsItsScriptedReplyToLangChain4j() throws Exception {
        start(fast());
        Reply reply = ask();
        assertThat(reply.done.get(10, TimeUnit.SECONDS).aiMessage().text())
                .isEqualTo("Sure, I can book that for you. How many people will be joining?");
        assertThat(reply.tokens).hasSizeGreaterThan(5).startsWith("Sure,", " I");
    }

    @Test
    void aGarbledChatStreamIsAnErrorForTheClient() throws Exception {
        Standins.Config f = fast();
        start(new Standins.Config(f.stt(), f.llm().withFaults(FaultPlan.always(Fault.GARBAGE)), f.tts()));
        Reply reply = ask();
        assertThatThrownBy(() -> reply.done.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }

    @Test
    void garbageAndEmptyTranscriptsReachTheListenerAsFinals() throws Exception {
        Standins.Config f = fast();
        start(new Standins.Config(f.stt().withFaults(FaultPlan.always(Fault.GARBAGE)), f.llm(), f.tts()));
        assertThat(finalFor(remote.speechToText(io.parley.voice.agent.EngineChoice.of("deepgram"))))
                .isEqualTo(new Recorder.Final("blorf quandle mizzen", 0.05));
        stop();

        start(new Standins.Config(f.stt().withFaults(FaultPlan.always(Fault.EMPTY)), f.llm(), f.tts()));
        assertThat(finalFor(remote.speechToText(io.parley.voice.agent.EngineChoice.of("deepgram"))).text()).isEmpty();
        assertThat(standins.stt().stats().faults()).isEqualTo(1);
    }

    @Test
    void aHungVoiceFailsOnTheClientsStallTimeout() throws Exception {
        Standins.Config f = fast();
        start(new Standins.Config(f.stt(), f.llm(), f.tts().withFaults(FaultPlan.always(Fault.HANG))));
        OpenAiTtsConfig impatient = new OpenAiTtsConfig(standins.tts().baseUrl(), "oa-key", null, null, 16_000,
                Duration.ofSeconds(30), Duration.ofMillis(300));
        try (io.parley.voice.tts.openai.OpenAiTts tts = new io.parley.voice.tts.openai.OpenAiTts(impatient)) {
            Recorder played = new Recorder();
            tts.synthesize("Hello.", "alloy", played);
            assertThat(played.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("stalled");
        }
    }

    @Test
    void anEmptyVoiceAndAFailingModelAreErrors() throws Exception {
        Standins.Config f = fast();
        start(new Standins.Config(f.stt(), f.llm().withFaults(FaultPlan.always(Fault.ERROR)),
                f.tts().withFaults(FaultPlan.always(Fault.EMPTY))));
        Recorder played = new Recorder();
        remote.textToSpeech(io.parley.voice.agent.EngineChoice.of("openai")).synthesize("Hello.", "en-us", played);
        assertThat(played.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("no audio");
        assertThatThrownBy(() -> ask().done.get(10, TimeUnit.SECONDS)).hasMessageContaining("server had an error");
    }

    @Test
    void theWrongKeyIsRefusedAsTheServicesWould() throws Exception {
        start(fast());
        try (RemoteEngines wrong = new RemoteEngines(new RemoteEngineSettings(
                DeepgramConfig.hosted("x").withEndpoint(standins.stt().url(), "not-the-key"),
                OpenAiTtsConfig.hosted("x").withEndpoint(standins.tts().baseUrl(), "not-the-key"),
                new RemoteEngineSettings.ChatEndpoint(standins.llm().baseUrl(), "not-the-key", null), false))) {
            Recorder heard = new Recorder();
            wrong.speechToText(io.parley.voice.agent.EngineChoice.of("deepgram"))
                    .open(new SttRequest("en-US", List.of()), heard);
            assertThat(heard.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("HTTP 401");
            Recorder played = new Recorder();
            wrong.textToSpeech(io.parley.voice.agent.EngineChoice.of("openai")).synthesize("Hi.", "en-us", played);
            assertThat(played.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("HTTP 401")
                    .hasMessageContaining("Incorrect API key");
        }
    }

    private static Recorder.Final finalFor(SpeechToText stt) throws Exception {
        Recorder heard = new Recorder();
        SttStream stream = stt.open(new SttRequest("en-US", List.of()), heard);
        Recorder.feed(stream, Recorder.tone(400));
        stream.finish();
        return heard.fin.get(5, TimeUnit.SECONDS);
    }

    @Test
    void audioTheServiceWouldNotTakeIsRefusedAtTheHandshake() throws Exception {
        start(fast());
        java.net.URI opus = java.net.URI.create(standins.stt().url() + "?encoding=opus&sample_rate=48000");
        CompletableFuture<java.net.http.WebSocket> refused = java.net.http.HttpClient.newHttpClient()
                .newWebSocketBuilder().header("Authorization", "Token dg-key")
                .buildAsync(opus, new java.net.http.WebSocket.Listener() { });
        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(java.net.http.WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((java.net.http.WebSocketHandshakeException) e.getCause()).getResponse()
                        .statusCode()).isEqualTo(400));
    }

    @Test
    void theCommandLineNamesItsFlagsAndFaults() {
        Standins.Config config = StandinsMain.config(StandinsMain.parse(new String[] {"--stt-final-ms", "200",
                "--llm-fault", "slow:0.5:8", "--tts-pace=2", "--stt-phrases", "one | two"}));
        assertThat(config.stt().finalLatency()).isEqualTo(Latency.of(200, 20));
        assertThat(config.stt().phrases()).containsExactly("one", "two");
        assertThat(config.llm().faults()).isEqualTo(new FaultPlan(Fault.SLOW, 0.5, 8));
        assertThat(config.tts().pace()).isEqualTo(2.0);
        assertThatThrownBy(() -> StandinsMain.parse(new String[] {"--stt-latency", "3"}))
                .hasMessage("unknown flag --stt-latency");
    }

    private record Reply(List<String> tokens, CompletableFuture<ChatResponse> done) { }

    private Reply ask() {
        AgentConfig agent = new AgentConfig("standin", "", "", "en-US", "en-us", Standins.agentEngines(), null);
        Reply reply = new Reply(new CopyOnWriteArrayList<>(), new CompletableFuture<>());
        remote.chatModel(agent, Clock.systemUTC()).chat(ChatRequest.builder()
                .messages(UserMessage.from("book a table")).build(), new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String token) {
                        reply.tokens.add(token);
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        reply.done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        reply.done.completeExceptionally(error);
                    }
                });
        return reply;
    }
}
