package io.parley.voice.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.voice.pipeline.clock.SessionClock;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.remote.LoopbackDeepgram;
import io.parley.voice.remote.LoopbackSpeech;
import io.parley.voice.settings.RealtimeSettings;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.deepgram.DeepgramConfig;
import io.parley.voice.stt.deepgram.DeepgramStt;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.openai.OpenAiTts;
import io.parley.voice.tts.openai.OpenAiTtsConfig;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call on the wall clock whose recogniser and voice are the cloud clients, talking to loopback services over real
 * WebSocket and HTTP: a turn completes through them, and when they fail the session's fallbacks take over.
 */
class RemoteEnginesSessionTests {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final SessionClock clock = SessionClock.system();
    private final List<SessionEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger heardSamples = new AtomicInteger();
    private final List<Integer> heardRates = new CopyOnWriteArrayList<>();
    private LoopbackDeepgram deepgram;
    private LoopbackSpeech speech;
    private CallSession session;

    @AfterEach
    void stop() throws Exception {
        if (session != null) {
            session.close();
        }
        deepgram.close();
        speech.close();
    }

    private void call(SessionEngines engines) {
        session = CallSession.builder(CallFixture.agent("Hi there."), RealtimeSettings.defaults(), engines)
                .clock(clock)
                .listener(events::add)
                .audioOutput((turnId, frame) -> {
                    heardSamples.addAndGet(frame.samples().length);
                    heardRates.add(frame.sampleRate());
                })
                .build();
        session.start();
    }

    /** The caller speaks {@code ms} of loud noise then stays silent {@code silenceMs}, in real time. */
    private void say(long ms, long silenceMs) {
        Random random = new Random(ms);
        long next = System.nanoTime();
        for (long t = 0; t < ms + silenceMs; t += 20) {
            short[] frame = new short[320];
            if (t < ms) {
                for (int i = 0; i < frame.length; i++) {
                    frame[i] = (short) (random.nextGaussian() * 4000);
                }
            }
            session.acceptAudio(frame);
            next += 20_000_000L;
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }

    private <T extends SessionEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aTurnRunsOnTheCloudRecogniserAndVoice() throws Exception {
        deepgram = LoopbackDeepgram.start(null).answering("book a table for two");
        speech = LoopbackSpeech.start(null);
        SpeechToText stt = new DeepgramStt(DeepgramConfig.hosted(null).withEndpoint(deepgram.url(), null));
        TextToSpeech tts = new OpenAiTts(OpenAiTtsConfig.hosted(null).withEndpoint(speech.baseUrl(), null));
        call(SessionEngines.of(new EnergyVad(), stt, new ScriptedChatModel(clock, ScriptedChatModel.says("Sure", "!")),
                tts));
        await().atMost(WAIT).until(() -> events(SessionEvent.AgentTextSpoken.class).size() == 1);

        say(800, 1500);

        await().atMost(WAIT).until(() -> events(SessionEvent.AgentTextSpoken.class).size() == 2);
        assertThat(events(SessionEvent.UserTranscript.class)).filteredOn(SessionEvent.UserTranscript::isFinal)
                .extracting(SessionEvent.UserTranscript::text).containsExactly("book a table for two");
        assertThat(events(SessionEvent.AgentTextSpoken.class).getLast().text()).isEqualTo("Sure!");
        assertThat(heardRates).containsOnly(16_000);
        assertThat(events(SessionEvent.Fallback.class)).isEmpty();
        assertThat(events(SessionEvent.TurnTimelineReady.class)).isNotEmpty();
    }

    @Test
    void failingCloudEnginesFallBackAndTheCallerStillGetsAnAnswer() throws Exception {
        deepgram = LoopbackDeepgram.start("the-right-key");
        speech = LoopbackSpeech.start(null).failingWith(503);
        SpeechToText refused = new DeepgramStt(DeepgramConfig.hosted("wrong").withEndpoint(deepgram.url(), "wrong"));
        TextToSpeech failing = new OpenAiTts(OpenAiTtsConfig.hosted(null).withEndpoint(speech.baseUrl(), null));
        ToneTts backupVoice = new ToneTts("tone", clock, 16_000, 10, 20, 6000);
        call(new SessionEngines(new EnergyVad(),
                List.of(refused, new ScriptedStt("scripted", clock, 50, ScriptedStt.says("book a table"))),
                List.of(new ScriptedChatModel(clock, ScriptedChatModel.says("Sure."))), List.of(failing, backupVoice),
                List.of("scripted-llm")));
        await().atMost(WAIT).until(() -> events(SessionEvent.AgentTextSpoken.class).size() == 1);

        say(800, 1500);

        await().atMost(WAIT).until(() -> events(SessionEvent.AgentTextSpoken.class).size() == 2);
        assertThat(events(SessionEvent.Fallback.class)).extracting(f -> f.stage() + ":" + f.from() + "->" + f.to())
                .contains("tts:openai->tone", "stt:deepgram->scripted");
        assertThat(events(SessionEvent.EngineError.class)).extracting(SessionEvent.EngineError::message)
                .anySatisfy(m -> assertThat(m).contains("HTTP 401"))
                .anySatisfy(m -> assertThat(m).contains("HTTP 503"));
        assertThat(events(SessionEvent.UserTranscript.class)).filteredOn(SessionEvent.UserTranscript::isFinal)
                .extracting(SessionEvent.UserTranscript::text).containsExactly("book a table");
        assertThat(heardSamples.get()).isPositive();
    }
}
