package io.parley.voice.pipeline;

import io.parley.voice.pipeline.clock.SessionClock;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.settings.RealtimeSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The same session on the wall clock, as a media plane runs it: its own thread, its own 20 ms beat. */
class RealClockSessionTests {

    @Test
    void greetsOnItsOwnBeatAndHangsUpCleanly() {
        SessionClock clock = SessionClock.system();
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        AtomicInteger samples = new AtomicInteger();
        ToneTts tts = new ToneTts("tone", clock, 16_000, 10, 20, 6000);
        SessionEngines engines = SessionEngines.of(new EnergyVad(), new ScriptedStt("stt", clock, 50),
                new ScriptedChatModel(clock), tts);
        CallSession session = CallSession.builder(CallFixture.agent("Hi there."), RealtimeSettings.defaults(), engines)
                .clock(clock)
                .listener(events::add)
                .audioOutput((turnId, frame) -> samples.addAndGet(frame.samples().length))
                .build();
        session.start();
        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> events.stream()
                .anyMatch(e -> e instanceof SessionEvent.AgentTextSpoken s && s.text().equals("Hi there.")));
        session.close();

        // "Hi there." is 9 characters at 20 ms each: 180 ms of audio reached the caller.
        assertThat(samples.get()).isEqualTo(9 * 20 * 16);
        assertThat(events.getLast()).isInstanceOf(SessionEvent.SessionEnded.class);
    }
}
