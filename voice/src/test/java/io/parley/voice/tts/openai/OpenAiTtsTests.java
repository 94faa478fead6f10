package io.parley.voice.tts.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.voice.audio.Resampler;
import io.parley.voice.remote.Heard;
import io.parley.voice.remote.LoopbackSpeech;
import io.parley.voice.tts.TtsJob;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI speech client against a loopback server speaking OpenAI's speech API over real HTTP. */
class OpenAiTtsTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private LoopbackSpeech service;
    private OpenAiTts tts;

    @BeforeEach
    void start() throws Exception {
        service = LoopbackSpeech.start("sk-speech");
        tts = new OpenAiTts(OpenAiTtsConfig.hosted("sk-speech").withEndpoint(service.baseUrl(), "sk-speech"));
    }

    @AfterEach
    void stop() {
        tts.close();
        service.close();
    }

    @Test
    void theRequestIsOpenAisAndTheAudioArrivesResampledToThePipelineRate() throws Exception {
        short[] spoken = LoopbackSpeech.tone(24_000, 500);
        service.speaking(spoken, 2_401); // an odd chunk size splits samples across chunks
        Heard heard = new Heard();

        tts.synthesize("Your table is booked.", "nova", heard);
        heard.done.get(10, TimeUnit.SECONDS);

        LoopbackSpeech.Request request = service.requests.poll(10, TimeUnit.SECONDS);
        assertThat(request.authorization()).isEqualTo("Bearer sk-speech");
        assertThat(request.body()).contains("\"model\":\"gpt-4o-mini-tts\"", "\"input\":\"Your table is booked.\"",
                "\"voice\":\"nova\"", "\"response_format\":\"pcm\"");
        assertThat(tts.sampleRate()).isEqualTo(16_000);
        short[] expected = Resampler.convert(spoken, 24_000, 16_000);
        short[] got = new short[heard.samples()];
        int at = 0;
        for (short[] chunk : heard.chunks) {
            System.arraycopy(chunk, 0, got, at, chunk.length);
            at += chunk.length;
        }
        assertThat(got).containsExactly(expected);
    }

    @Test
    void anAgentVoiceTheServiceDoesNotHaveMeansTheConfiguredVoice() throws Exception {
        Heard heard = new Heard();
        tts.synthesize("Hello.", "en-us", heard);
        heard.done.get(10, TimeUnit.SECONDS);
        assertThat(service.requests.poll(10, TimeUnit.SECONDS).body()).contains("\"voice\":\"alloy\"");
    }

    @Test
    void theFirstAudioIsHeardBeforeTheServiceHasFinished() throws Exception {
        CountDownLatch rest = service.holdingAfterFirstChunk();
        Heard heard = new Heard();

        tts.synthesize("A long sentence that takes a while.", "alloy", heard);

        await().atMost(WAIT).until(() -> heard.samples() > 0);
        assertThat(heard.done).isNotDone();
        rest.countDown();
        heard.done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void cancellingMidStreamStopsTheAudioAndDropsTheConnection() throws Exception {
        service.speaking(LoopbackSpeech.tone(24_000, 3_000), 2_400);
        CountDownLatch rest = service.holdingAfterFirstChunk();
        Heard heard = new Heard();
        TtsJob job = tts.synthesize("Something the caller interrupts.", "alloy", heard);
        await().atMost(WAIT).until(() -> heard.samples() > 0);

        job.cancel();
        int callbacks = heard.callbacks.get();
        rest.countDown();

        service.clientGone.get(10, TimeUnit.SECONDS);
        assertThat(heard.callbacks).hasValue(callbacks);
        assertThat(heard.done).isNotDone();
        assertThat(heard.error).isNotDone();
    }

    @Test
    void anErrorStatusIsAnErrorWithTheServicesMessage() throws Exception {
        service.failingWith(500);
        Heard heard = new Heard();
        tts.synthesize("Hello.", "alloy", heard);
        assertThat(heard.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("HTTP 500")
                .hasMessageContaining("The server had an error");
        assertThat(heard.chunks).isEmpty();
    }

    @Test
    void aWrongKeyIsAnError() throws Exception {
        try (OpenAiTts wrong = new OpenAiTts(OpenAiTtsConfig.hosted("x").withEndpoint(service.baseUrl(), "sk-wrong"))) {
            Heard heard = new Heard();
            wrong.synthesize("Hello.", "alloy", heard);
            assertThat(heard.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("HTTP 401");
        }
    }

    @Test
    void anEmptyAnswerIsAnError() throws Exception {
        service.speaking(new short[0], 100);
        Heard heard = new Heard();
        tts.synthesize("Hello.", "alloy", heard);
        assertThat(heard.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("no audio");
    }

    @Test
    void aServiceThatNeverAnswersFailsAfterTheStallTimeout() throws Exception {
        service.hanging();
        OpenAiTtsConfig impatient = new OpenAiTtsConfig(service.baseUrl(), "sk-speech", null, null, 16_000,
                Duration.ofSeconds(30), Duration.ofMillis(300));
        try (OpenAiTts slow = new OpenAiTts(impatient)) {
            Heard heard = new Heard();
            slow.synthesize("Hello.", "alloy", heard);
            assertThat(heard.error.get(10, TimeUnit.SECONDS)).hasMessageContaining("stalled");
        }
    }
}
