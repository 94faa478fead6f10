package io.parley.voice.pipeline;

import dev.langchain4j.data.message.UserMessage;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.recovery.RecoveryLines;
import io.parley.voice.recovery.RecoveryPolicy;
import io.parley.voice.recovery.RetryPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way an engine can fail, and in each the caller hears the agent before the dead-air timeout. */
class RecoveryScenarioTests {

    private static final RecoveryLines LINES = RecoveryLines.english();

    /** The caller speaks, then stays quiet; returns when their voice stopped. */
    private static long callerAsks(CallFixture f) {
        f.speak(1000);
        return f.now();
    }

    private static void assertHeardInTime(CallFixture f, long speechEnd) {
        f.silenceUntil(() -> f.firstHeardAfter(speechEnd) > 0, f.settings.deadAirTimeoutMs() + 2000);
        long first = f.firstHeardAfter(speechEnd);
        assertThat(first).as("first agent audio after the caller stopped").isPositive();
        assertThat(first - speechEnd).isLessThan(f.settings.deadAirTimeoutMs());
    }

    @Test
    void llmTimeoutSaysOneMomentThenAnswersOnRetry() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(new ScriptedChatModel.Hangs());
            f.llm.then(ScriptedChatModel.says("Sure, for when?"));
            f.start("");
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);

            assertThat(f.spoken()).containsExactly(LINES.holdOn(), "Sure, for when?");
            assertThat(f.events(SessionEvent.EngineError.class)).anyMatch(e -> e.stage().equals("llm"));
        }
    }

    @Test
    void llmErrorSaysOneMomentThenAnswersOnRetry() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(new ScriptedChatModel.Fails(50, "HTTP 503"));
            f.llm.then(ScriptedChatModel.says("Sure, for when?"));
            f.start("");
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);
            assertThat(f.spoken()).containsExactly(LINES.holdOn(), "Sure, for when?");
        }
    }

    @Test
    void llmGarbageIsRetriedInsteadOfSpoken() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(ScriptedChatModel.says("*** ", "{}"));
            f.llm.then(ScriptedChatModel.says("Sure, for when?"));
            f.start("");
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);
            assertThat(f.spoken()).containsExactly(LINES.holdOn(), "Sure, for when?");
        }
    }

    @Test
    void anLlmThatNeverAnswersEndsInARepromptNotSilence() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(new ScriptedChatModel.Hangs());
            f.llm.then(new ScriptedChatModel.Hangs());
            f.start("");
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 15_000);
            assertThat(f.spoken()).containsExactly(LINES.holdOn(), LINES.replyFailed());
        }
    }

    @Test
    void aFailingModelHandsOverToTheFallbackModel() {
        try (CallFixture f = new CallFixture()) {
            ScriptedChatModel backup = new ScriptedChatModel(f.clock, ScriptedChatModel.says("Backup here."));
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(new ScriptedChatModel.Fails(10, "down"));
            f.llm.then(new ScriptedChatModel.Fails(10, "still down"));
            f.start("", new SessionEngines(new EnergyVad(), List.of(f.stt), List.of(f.llm, backup), List.of(f.tts),
                    List.of("primary", "backup")), b -> { });
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);
            assertThat(f.spoken()).containsExactly(LINES.holdOn(), "Backup here.");
            assertThat(f.events(SessionEvent.Fallback.class)).anyMatch(e -> e.from().equals("primary")
                    && e.to().equals("backup"));
        }
    }

    @Test
    void aCrashingVoiceFallsBackToTheSecondVoice() {
        try (CallFixture f = new CallFixture()) {
            ToneTts flite = new ToneTts("flite", f.clock, 16_000, 30, 60, 6000);
            f.tts.mode = ToneTts.Mode.FAIL;
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(ScriptedChatModel.says("Sure, for when?"));
            f.start("", new SessionEngines(new EnergyVad(), List.of(f.stt), List.of(f.llm), List.of(f.tts, flite),
                    null), b -> { });
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);
            assertThat(f.spoken()).containsExactly("Sure, for when?");
            assertThat(f.heard).allSatisfy(h -> assertThat(h.rate()).isEqualTo(16_000));
            assertThat(f.events(SessionEvent.Fallback.class)).anyMatch(e -> e.stage().equals("tts")
                    && e.to().equals("flite"));
        }
    }

    @Test
    void whenNoVoiceWorksTheCallerStillHearsAChime() {
        try (CallFixture f = new CallFixture()) {
            f.tts.mode = ToneTts.Mode.HANG;
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(ScriptedChatModel.says("Sure, for when?"));
            f.start("");
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            assertThat(f.events(SessionEvent.Fallback.class)).anyMatch(e -> e.to().equals("chime"));
            assertThat(f.spoken()).doesNotContain("Sure, for when?");
        }
    }

    @Test
    void aRecogniserErrorAsksTheCallerToRepeatAndKeepsTheContext() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(ScriptedChatModel.says("Sure, for when?"));
            f.start("");
            f.speak(1000);
            f.silenceUntil(f::agentIdle, 10_000);

            f.stt.then(new ScriptedStt.Fails("decoder crashed"));
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);
            assertThat(f.spoken()).containsExactly("Sure, for when?", LINES.repeat());

            f.stt.then(ScriptedStt.says("tomorrow at eight"));
            f.speak(1000);
            f.silenceUntil(() -> f.llm.requests.size() == 2, 5_000);
            assertThat(f.llm.requests.get(1).stream().filter(UserMessage.class::isInstance)
                    .map(m -> ((UserMessage) m).singleText()).toList())
                    .containsExactly("book a table", "tomorrow at eight");
        }
    }

    @Test
    void aGarbageTranscriptAsksTheCallerToRepeat() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(new ScriptedStt.Says("uh", 0.05, 100));
            f.start("");
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);
            assertThat(f.spoken()).containsExactly(LINES.repeat());
            assertThat(f.llm.requests).isEmpty();
        }
    }

    @Test
    void aRecogniserThatNeverFinishesAsksTheCallerToRepeat() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(new ScriptedStt.Hangs());
            f.start("");
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);
            assertThat(f.spoken()).containsExactly(LINES.repeat());
        }
    }

    @Test
    void aRecogniserTooSlowForItsFinalIsAnsweredFromItsLastPartial() {
        try (CallFixture f = new CallFixture()) {
            ScriptedStt slow = new ScriptedStt("slow-stt", f.clock, 60_000, ScriptedStt.says("book a table"));
            f.llm.then(ScriptedChatModel.says("Sure, for when?"));
            f.start("", new SessionEngines(new EnergyVad(), List.of(slow), List.of(f.llm), List.of(f.tts), null),
                    b -> { });
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);

            assertThat(f.spoken()).containsExactly("Sure, for when?");
            assertThat(((UserMessage) f.llm.requests.getFirst().getLast()).singleText()).isEqualTo("book a table");
            assertThat(f.events(SessionEvent.Fallback.class)).anyMatch(e -> e.to().equals("last partial transcript"));
        }
    }

    @Test
    void aFailingRecogniserHandsTheUtteranceToTheFallback() {
        try (CallFixture f = new CallFixture()) {
            ScriptedStt backup = new ScriptedStt("backup-stt", f.clock, 100, ScriptedStt.says("book a table"));
            f.stt.then(new ScriptedStt.Fails("decoder crashed"));
            f.llm.then(ScriptedChatModel.says("Sure, for when?"));
            f.start("", new SessionEngines(new EnergyVad(), List.of(f.stt, backup), List.of(f.llm), List.of(f.tts),
                    null), b -> { });
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);
            assertThat(f.spoken()).containsExactly("Sure, for when?");
        }
    }

    @Test
    void theWatchdogSpeaksWhenEverythingIsSlowerThanTheDeadAirTimeout() {
        try (CallFixture f = new CallFixture()) {
            RecoveryPolicy patient = new RecoveryPolicy(new RetryPolicy(20_000, 0, 100), new RetryPolicy(1000, 0, 100),
                    1000, 4000, 0.2, LINES);
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(new ScriptedChatModel.Tokens(List.of("Sure, for when?"), 9000, 10));
            f.start("", b -> b.recovery(patient));
            long end = callerAsks(f);
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 15_000);
            assertThat(f.spoken()).containsExactly(LINES.deadAir(), "Sure, for when?");
        }
    }

    @Test
    void theWatchdogAlsoFillsASilenceInTheMiddleOfAReply() {
        try (CallFixture f = new CallFixture()) {
            RecoveryPolicy patient = new RecoveryPolicy(new RetryPolicy(2000, 0, 100), new RetryPolicy(20_000, 0, 100),
                    1000, 4000, 0.2, LINES);
            f.tts.hangOn = "never renders";
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(ScriptedChatModel.says("First sentence. ", "A second sentence that never renders."));
            f.start("", b -> b.recovery(patient));
            f.speak(1000);
            f.silenceUntil(() -> f.spoken().size() == 1, 5_000);
            long lastReplyAudio = f.heard.getLast().atMs();
            f.silenceUntil(() -> f.spoken().size() == 2, 10_000);

            assertThat(f.spoken()).containsExactly("First sentence.", LINES.deadAir());
            assertThat(f.firstHeardAfter(lastReplyAudio + 21) - lastReplyAudio).isLessThan(f.settings.deadAirTimeoutMs());
        }
    }

    @Test
    void aReplyCancelledBeforeAnyAudioRepromptsTheCaller() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("book a table"));
            f.llm.then(new ScriptedChatModel.Tokens(List.of("Sure, for when?"), 1500, 10));
            f.start("");
            long end = callerAsks(f);
            f.silenceUntil(() -> f.llm.requests.size() == 1, 2000);
            f.call.session().cancelReply("operator");
            assertHeardInTime(f, end);
            f.silenceUntil(f::agentIdle, 10_000);
            assertThat(f.spoken()).containsExactly(LINES.replyFailed());
        }
    }
}
