package io.parley.voice.stt.deepgram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.voice.remote.Heard;
import io.parley.voice.remote.LoopbackDeepgram;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Deepgram client against a loopback server speaking Deepgram's live protocol over a real WebSocket. */
class DeepgramSttTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private LoopbackDeepgram service;
    private DeepgramStt stt;

    @BeforeEach
    void start() throws Exception {
        service = LoopbackDeepgram.start("dg-secret");
        stt = new DeepgramStt(DeepgramConfig.hosted("dg-secret").withEndpoint(service.url(), "dg-secret"));
    }

    @AfterEach
    void stop() throws Exception {
        stt.close();
        service.close();
    }

    private static void speak(SttStream stream, int frames) {
        for (int i = 0; i < frames; i++) {
            short[] frame = new short[320];
            java.util.Arrays.fill(frame, (short) (i * 7));
            stream.accept(frame);
        }
    }

    @Test
    void audioStreamsOutAndResultsComeBackAsPartialsAndOneFinalAfterFinalize() throws Exception {
        Heard heard = new Heard();
        SttStream stream = stt.open(new SttRequest("en-US", List.of()), heard);
        speak(stream, 10);
        LoopbackDeepgram.Call call = service.nextCall();

        assertThat(call.headers.get("authorization")).isEqualTo("Token dg-secret");
        assertThat(call.query).containsEntry("encoding", "linear16").containsEntry("sample_rate", "16000")
                .containsEntry("channels", "1").containsEntry("interim_results", "true")
                .containsEntry("endpointing", "300").containsEntry("language", "en-US").containsEntry("model", "nova-3");
        await().atMost(WAIT).until(() -> call.audioBytes() == 10 * 640);

        call.send(LoopbackDeepgram.results("book a", 0.6, false, false, false));
        await().atMost(WAIT).until(() -> heard.partials.contains("book a"));
        call.send(LoopbackDeepgram.results("book a table", 0.9, true, false, false));
        await().atMost(WAIT).until(() -> heard.partials.contains("book a table"));

        stream.finish();
        call.awaitType("Finalize");
        call.awaitType("CloseStream");
        assertThat(heard.fin).isNotDone();
        call.send(LoopbackDeepgram.results("for two", 0.7, true, false, true));

        Heard.Final fin = heard.fin.get(10, TimeUnit.SECONDS);
        assertThat(fin.text()).isEqualTo("book a table for two");
        assertThat(fin.confidence()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(heard.error).isNotDone();
    }

    @Test
    void anUtteranceTheServiceAlreadyEndpointedIsFinalTheMomentTheTurnEnds() throws Exception {
        Heard heard = new Heard();
        SttStream stream = stt.open(new SttRequest("en-US", List.of()), heard);
        speak(stream, 5);
        LoopbackDeepgram.Call call = service.nextCall();
        call.send(LoopbackDeepgram.results("yes please", 0.95, true, true, false));
        await().atMost(WAIT).until(() -> heard.partials.contains("yes please"));

        stream.finish(); // the service never answers Finalize here: the speech_final result already settled it

        assertThat(heard.fin.get(10, TimeUnit.SECONDS).text()).isEqualTo("yes please");
    }

    @Test
    void aRefusedKeyIsAnErrorThatNamesTheStatus() throws Exception {
        try (DeepgramStt wrongKey = new DeepgramStt(DeepgramConfig.hosted("x").withEndpoint(service.url(), "wrong"))) {
            Heard heard = new Heard();
            wrongKey.open(new SttRequest("en-US", List.of()), heard);
            assertThat(heard.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("HTTP 401")
                    .hasMessageContaining("API key");
        }
    }

    @Test
    void anUnreachableServiceIsAnError() throws Exception {
        java.net.URI nowhere;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
            nowhere = java.net.URI.create("ws://127.0.0.1:" + closed.getLocalPort() + "/v1/listen");
        }
        try (DeepgramStt offline = new DeepgramStt(DeepgramConfig.hosted(null).withEndpoint(nowhere, null))) {
            Heard heard = new Heard();
            offline.open(new SttRequest("en-US", List.of()), heard);
            assertThat(heard.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("unreachable");
        }
    }

    @Test
    void aServerSideCloseMidStreamIsAnErrorWithItsCode() throws Exception {
        Heard heard = new Heard();
        SttStream stream = stt.open(new SttRequest("en-US", List.of()), heard);
        speak(stream, 3);
        service.nextCall().close(1011, "NET-0001");

        assertThat(heard.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("1011").hasMessageContaining("NET-0001");
        assertThat(heard.fin).isNotDone();
    }

    @Test
    void aMessageThatIsNotJsonIsAnError() throws Exception {
        Heard heard = new Heard();
        stt.open(new SttRequest("en-US", List.of()), heard);
        service.nextCall().send("<html>502 Bad Gateway</html>");
        assertThat(heard.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("not JSON");
    }

    @Test
    void closingDropsTheStreamAndNothingMoreIsHeard() throws Exception {
        Heard heard = new Heard();
        SttStream stream = stt.open(new SttRequest("en-US", List.of()), heard);
        speak(stream, 3);
        LoopbackDeepgram.Call call = service.nextCall();
        await().atMost(WAIT).until(() -> call.audioBytes() == 3 * 640);

        stream.close();
        await().atMost(WAIT).until(() -> call.closeCode() != 0);
        call.send(LoopbackDeepgram.results("too late", 0.9, true, true, false));

        assertThat(call.closeCode()).isEqualTo(1000);
        assertThat(heard.callbacks).hasValue(0);
    }

    @Test
    void anIdleStreamSendsKeepAlives() throws Exception {
        try (DeepgramStt patient = new DeepgramStt(new DeepgramConfig(service.url(), "dg-secret", "", 300, null,
                Duration.ofMillis(100), 10_000))) {
            Heard heard = new Heard();
            SttStream stream = patient.open(new SttRequest("en-US", List.of()), heard);
            LoopbackDeepgram.Call call = service.nextCall();
            assertThat(call.awaitType("KeepAlive")).contains("KeepAlive");
            assertThat(call.query).doesNotContainKey("model");
            stream.close();
        }
    }
}
