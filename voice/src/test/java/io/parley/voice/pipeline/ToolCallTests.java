package io.parley.voice.pipeline;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import io.parley.voice.pipeline.event.SessionEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ToolCallTests {

    private static ToolRunner runner(String result, RuntimeException failure) {
        return new ToolRunner() {
            public List<ToolSpecification> specifications() {
                return List.of(ToolSpecification.builder().name("find_table").description("Free tables").build());
            }

            public String run(String name, String arguments) {
                if (failure != null) {
                    throw failure;
                }
                return result;
            }
        };
    }

    @Test
    void aToolResultFeedsTheReplyAndTheCallIsReported() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("is there a table at eight"));
            f.llm.then(new ScriptedChatModel.CallsTool("find_table", "{\"time\":\"20:00\"}"));
            f.llm.then(ScriptedChatModel.says("Yes, a table is free at eight."));
            f.start("", b -> b.tools(runner("free: 20:00, table 4", null)));
            f.speak(1000);
            f.silenceUntil(() -> f.spoken().size() == 1, 5_000);

            assertThat(f.events(SessionEvent.ToolCalled.class)).singleElement()
                    .satisfies(t -> assertThat(t.name()).isEqualTo("find_table"));
            assertThat(f.llm.requests.get(1).getLast()).isInstanceOfSatisfying(ToolExecutionResultMessage.class,
                    m -> assertThat(m.text()).isEqualTo("free: 20:00, table 4"));
            assertThat(f.spoken()).containsExactly("Yes, a table is free at eight.");
        }
    }

    @Test
    void aFailingToolBecomesAnErrorTheModelCanSpeakAbout() {
        try (CallFixture f = new CallFixture()) {
            f.stt.then(ScriptedStt.says("is there a table at eight"));
            f.llm.then(new ScriptedChatModel.CallsTool("find_table", "{}"));
            f.llm.then(ScriptedChatModel.says("Sorry, I can't check the bookings right now."));
            f.start("", b -> b.tools(runner(null, new IllegalStateException("booking system down"))));
            f.speak(1000);
            f.silenceUntil(() -> f.spoken().size() == 1, 5_000);

            assertThat(f.llm.requests.get(1).getLast()).isInstanceOfSatisfying(ToolExecutionResultMessage.class,
                    m -> assertThat(m.text()).contains("booking system down"));
            assertThat(f.events(SessionEvent.EngineError.class)).anyMatch(e -> e.stage().equals("tool"));
            assertThat(f.spoken()).containsExactly("Sorry, I can't check the bookings right now.");
        }
    }
}
