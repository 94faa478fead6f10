package io.parley.voice.pipeline;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.timeline.TimelineMark;
import io.parley.voice.timeline.TurnTimeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallSessionTests {

    @Test
    void greetsTheCallerThenAnswersWhatTheySaid() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("I'd like a table for two"));
            f.llm.then(ScriptedChatModel.says("Sure", ". ", "What time", " works for you?"));
            f.start("Hello, this is Parley.");
            f.silenceUntil(f::agentIdle, 5000);
            assertThat(f.spoken()).containsExactly("Hello, this is Parley.");

            long speechStart = f.now();
            f.speak(1200);
            f.silenceUntil(() -> f.spoken().size() == 3, 10_000);

            assertThat(f.events(SessionEvent.UserTranscript.class)).anyMatch(t -> t.isFinal()
                    && t.text().equals("I'd like a table for two"));
            assertThat(f.spoken()).containsExactly("Hello, this is Parley.", "Sure.", "What time works for you?");
            assertThat(f.firstHeardAfter(speechStart + 1200)).isPositive();
        }
    }

    @Test
    void synthesisStartsOnTheFirstSentenceBeforeTheReplyIsComplete() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("what are your opening hours"));
            f.llm.then(new ScriptedChatModel.Tokens(List.of("We open at nine.", " We close", " at ten", " at night",
                    " every day", " of the week."), 100, 200));
            f.start("");
            f.speak(1000);
            f.silenceUntil(() -> f.spoken().size() == 2, 10_000);

            long firstSynthesis = f.tts.requests.getFirst().atMs();
            assertThat(f.tts.requests.getFirst().text()).isEqualTo("We open at nine.");
            assertThat(firstSynthesis).isLessThan(f.llm.completedAtMs.getFirst());
            assertThat(f.firstHeardAfter(0)).isLessThan(f.llm.completedAtMs.getFirst());
        }
    }

    @Test
    void agentAudioIsPacedInTwentyMillisecondChunksAtRealTime() {
        try (CallFixture f = new CallFixture()) {
            f.start("This greeting is long enough to last a good few seconds of audio.");
            f.silenceUntil(f::agentIdle, 10_000);

            assertThat(f.heard).allSatisfy(h -> assertThat(h.samples()).isLessThanOrEqualTo(441));
            long first = f.heard.getFirst().atMs();
            // One second of call time carries one second of agent audio, not more.
            assertThat(f.heardMs(first, first + 1000)).isBetween(980.0, 1020.0);
            double total = f.heardMs(0, Long.MAX_VALUE);
            long span = f.heard.getLast().atMs() - first + 20;
            assertThat(total).isBetween(span - 40.0, span + 40.0);
        }
    }

    @Test
    void onlyTheHeardPartOfAnInterruptedReplyJoinsTheContext() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("tell me about the menu"));
            f.stt.then(ScriptedStt.says("stop"));
            f.stt.then(ScriptedStt.says("do you have vegan dishes"));
            f.llm.then(ScriptedChatModel.says("Our menu has three courses. ", "The starters are soups and salads. ",
                    "The mains are pasta, fish and steak. ", "Desserts change every week."));
            f.llm.then(ScriptedChatModel.says("Okay."));
            f.llm.then(ScriptedChatModel.says("Yes, we do."));
            f.start("");
            f.speak(1000);
            f.silenceUntil(() -> f.spoken().size() == 1, 10_000);

            long interruptAt = f.now();
            f.speak(500);
            assertThat(f.events(SessionEvent.InterruptionDecided.class)).singleElement()
                    .satisfies(i -> assertThat(i.reason()).contains("stop"));
            long afterCut = f.now() + 40;
            f.silence(400);
            assertThat(f.heardMs(afterCut, f.now())).isZero();
            assertThat(f.now() - interruptAt).isPositive();
            f.silenceUntil(() -> f.spoken().contains("Okay."), 5_000);

            f.speak(900);
            f.silenceUntil(() -> f.llm.requests.size() == 3, 5_000);
            List<ChatMessage> context = f.llm.requests.get(2);
            String agentSaid = context.stream().filter(AiMessage.class::isInstance).map(m -> ((AiMessage) m).text())
                    .reduce("", String::concat);
            assertThat(agentSaid).startsWith("Our menu has three courses.").doesNotContain("Desserts");
            assertThat(context.getLast()).isInstanceOf(UserMessage.class);
            assertThat(((UserMessage) context.getLast()).singleText()).isEqualTo("do you have vegan dishes");
        }
    }

    @Test
    void theTurnTimelineIsEmittedAndItsGapsAddUpToTheWhole() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("hello there"));
            f.llm.then(ScriptedChatModel.says("Hi! ", "How can I help?"));
            f.start("");
            f.speak(800);
            f.silenceUntil(() -> !f.events(SessionEvent.TurnTimelineReady.class).isEmpty(), 5_000);

            SessionEvent.TurnTimelineReady ready = f.events(SessionEvent.TurnTimelineReady.class).getFirst();
            TurnTimeline timeline = ready.timeline();
            assertThat(ready.overBudget()).isFalse();
            assertThat(timeline.marks().keySet()).containsExactly(TimelineMark.USER_SPEECH_END,
                    TimelineMark.END_OF_TURN, TimelineMark.STT_FINAL, TimelineMark.LLM_FIRST_TOKEN,
                    TimelineMark.FIRST_SENTENCE, TimelineMark.TTS_FIRST_AUDIO, TimelineMark.FIRST_AUDIO_OUT);
            long sum = timeline.gaps().stream().mapToLong(TurnTimeline.Gap::nanos).sum();
            assertThat(sum).isEqualTo(timeline.voiceToVoiceNanos()).isEqualTo(timeline.totalNanos());
            // Silence to end the turn (500 ms) + recogniser (150) + first token (100) + TTS (50), on a 20 ms beat.
            assertThat(timeline.voiceToVoiceNanos() / 1_000_000).isBetween(780L, 880L);

            f.call.session().reportPlaybackStarted(timeline.turnId(), f.call.session().clockNanos() + 35_000_000);
            f.silence(20);
            TurnTimeline withClient = f.events(SessionEvent.TurnTimelineReady.class).getLast().timeline();
            assertThat(withClient.has(TimelineMark.CLIENT_PLAYBACK_START)).isTrue();
            assertThat(withClient.totalNanos()).isGreaterThan(timeline.totalNanos());
        }
    }

    @Test
    void aTurnSlowerThanTheLatencyBudgetIsFlagged() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("hello there"));
            f.llm.then(new ScriptedChatModel.Tokens(List.of("Hi!"), 900, 10));
            f.start("");
            f.speak(800);
            f.silenceUntil(() -> !f.events(SessionEvent.TurnTimelineReady.class).isEmpty(), 5_000);

            SessionEvent.TurnTimelineReady ready = f.events(SessionEvent.TurnTimelineReady.class).getFirst();
            assertThat(ready.timeline().voiceToVoiceNanos() / 1_000_000).isGreaterThan(f.settings.latencyBudgetMs());
            assertThat(ready.overBudget()).isTrue();
        }
    }

    @Test
    void theVoiceSaysTheSpokenFormWhileTranscriptsAndContextKeepTheWrittenOne() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("how much is the tasting menu"));
            f.stt.then(ScriptedStt.says("thanks"));
            f.llm.then(ScriptedChatModel.says("It is $12.50 per person."));
            f.start("");
            f.speak(1000);
            f.silenceUntil(f::agentIdle, 10_000);
            f.speak(600);
            f.silenceUntil(() -> f.llm.requests.size() == 2, 5_000);

            assertThat(f.tts.requests.getFirst().text()).contains("twelve dollars and fifty cents");
            assertThat(f.spoken()).containsExactly("It is $12.50 per person.");
            assertThat(f.llm.requests.get(1)).anyMatch(m -> m instanceof AiMessage ai
                    && ai.text().equals("It is $12.50 per person."));
        }
    }
}
