package io.parley.voice.pipeline;

import io.parley.voice.pipeline.event.InterruptionOutcome;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.settings.ChannelPreset;
import io.parley.voice.settings.RealtimeSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BargeInTests {

    private static final String LONG_REPLY_1 = "Our menu has three courses. ";
    private static final String LONG_REPLY_2 = "The starters are soups and salads. ";
    private static final String LONG_REPLY_3 = "The mains are pasta, fish and steak.";

    private static void askForTheMenu(CallFixture f) {
        f.stt.then(ScriptedStt.says("tell me about the menu"));
        f.llm.then(ScriptedChatModel.says(LONG_REPLY_1, LONG_REPLY_2, LONG_REPLY_3));
        f.start("");
        f.speak(1000);
        f.silenceUntil(() -> !f.heard.isEmpty(), 5_000);
        f.silence(600);
    }

    @Test
    void aBackchannelDoesNotStopTheAgent() {
        try (CallFixture f = new CallFixture()) {
            askForTheMenu(f);
            f.stt.then(new ScriptedStt.Says("yeah", 0.9, 100));
            f.speak(400);
            f.silenceUntil(f::agentIdle, 15_000);

            assertThat(f.events(SessionEvent.InterruptionDecided.class)).singleElement().satisfies(i -> {
                assertThat(i.outcome()).isEqualTo(InterruptionOutcome.IGNORED);
                assertThat(i.reason()).contains("backchannel");
            });
            assertThat(f.spoken()).containsExactly(LONG_REPLY_1.trim(), LONG_REPLY_2.trim(), LONG_REPLY_3);
            assertThat(f.llm.requests).hasSize(1);
        }
    }

    @Test
    void aCoughDoesNotStopTheAgent() {
        try (CallFixture f = new CallFixture()) {
            askForTheMenu(f);
            long coughAt = f.now();
            f.speak(100);
            f.silence(700);

            assertThat(f.events(SessionEvent.InterruptionDecided.class)).singleElement()
                    .satisfies(i -> assertThat(i.outcome()).isEqualTo(InterruptionOutcome.IGNORED));
            assertThat(f.heardMs(coughAt, f.now())).isGreaterThan(700);
            f.silenceUntil(f::agentIdle, 15_000);
            assertThat(f.spoken()).hasSize(3);
        }
    }

    @Test
    void stopInterruptsWithinTheBargeInSetting() {
        try (CallFixture f = new CallFixture()) {
            askForTheMenu(f);
            f.stt.then(new ScriptedStt.Says("stop", 0.9, 120));
            long spokeAt = f.now();
            f.speak(400);

            SessionEvent.InterruptionDecided cut = f.events(SessionEvent.InterruptionDecided.class).getFirst();
            assertThat(cut.outcome()).isEqualTo(InterruptionOutcome.INTERRUPTED);
            assertThat(f.flushedTurns).containsExactly(cut.turnId());
            long lastHeard = f.heard.getLast().atMs();
            assertThat(lastHeard - spokeAt).isLessThanOrEqualTo(f.settings.bargeInMinDurationMs());
            assertThat(f.events(SessionEvent.AgentTextSpoken.class)).anyMatch(SessionEvent.AgentTextSpoken::interrupted);
            assertThat(f.spoken()).doesNotContain(LONG_REPLY_3);
        }
    }

    @Test
    void aFalseInterruptionResumesTheReply() {
        RealtimeSettings base = ChannelPreset.WEB.settings();
        RealtimeSettings durationOnly = new RealtimeSettings(base.vadThreshold(), base.prefixPaddingMs(),
                base.silenceToEndTurnMs(), base.minSpeechMs(), base.maxWaitMs(), 300, 0, base.backchannelWords(),
                true, 1500, base.deadAirTimeoutMs(), base.latencyBudgetMs(), base.pipelineMode());
        try (CallFixture f = new CallFixture(durationOnly)) {
            askForTheMenu(f);
            // Loud noise long enough to interrupt, in which the recogniser finds no words.
            f.stt.then(new ScriptedStt.Says("", 0.0, 0));
            f.speak(500);
            f.silenceUntil(f::agentIdle, 15_000);

            List<InterruptionOutcome> outcomes = f.events(SessionEvent.InterruptionDecided.class).stream()
                    .map(SessionEvent.InterruptionDecided::outcome).toList();
            assertThat(outcomes).containsExactly(InterruptionOutcome.INTERRUPTED, InterruptionOutcome.RESUMED);
            // The caller ends up hearing the end of the reply even though it was cut.
            assertThat(String.join(" ", f.spoken())).endsWith(LONG_REPLY_3);
            assertThat(f.llm.requests).hasSize(1);
        }
    }

    @Test
    void resultsOfAnInterruptedTurnAreDropped() {
        try (CallFixture f = new CallFixture()) {
            f.llm.ignoreCancel = true;
            f.stt.then(ScriptedStt.says("tell me about the menu"));
            f.llm.then(new ScriptedChatModel.Tokens(List.of("Our menu has three courses. ", "The starters are soups. ",
                    "The mains are pasta. ", "Old turn words. ", "More old words."), 100, 400));
            f.start("");
            f.speak(1000);
            f.silenceUntil(() -> !f.heard.isEmpty(), 5_000);
            f.stt.then(new ScriptedStt.Says("wait", 0.9, 100));
            f.speak(300);
            long cutTurn = f.events(SessionEvent.InterruptionDecided.class).getFirst().turnId();
            f.silence(3000);

            assertThat(f.events(SessionEvent.AgentTextGenerated.class))
                    .filteredOn(g -> g.text().contains("Old turn")).isEmpty();
            assertThat(f.heard).filteredOn(h -> h.turnId() == cutTurn)
                    .allSatisfy(h -> assertThat(h.atMs()).isLessThan(f.events(SessionEvent.InterruptionDecided.class)
                            .getFirst().atMs() + 21));
        }
    }
}
