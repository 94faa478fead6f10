package io.parley.voice.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ToolExecutorTests {

    private final BookingBook book = new BookingBook(2, new Random(1));
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private final ToolRegistry registry = new ToolRegistry().registerAll(BookingTools.all(book))
            .register(tool("broken", arguments -> {
                throw new IllegalStateException("database is down");
            }))
            .register(tool("slow", arguments -> {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw e;
                }
                return "never";
            }));

    @Test
    void oneFailingToolDoesNotSinkTheOthers() {
        try (ToolExecutor executor = new ToolExecutor(registry, Duration.ofSeconds(5))) {
            ToolResults results = executor.execute(List.of(
                    request("1", "check_availability", "{\"date\":\"2026-03-14\",\"time\":\"19:00\",\"party_size\":2}"),
                    request("2", "broken", "{}"),
                    request("3", "create_booking",
                            "{\"name\":\"Jo\",\"date\":\"2026-03-14\",\"time\":\"19:00\",\"party_size\":2}"),
                    request("4", "teleport", "{}")));

            assertThat(results.messages()).extracting(ToolExecutionResultMessage::id).containsExactly("1", "2", "3", "4");
            assertThat(results.messages().get(0).text()).contains("\"available\":true");
            assertThat(results.messages().get(2).text()).containsPattern("\"confirmation\":\"[A-Z0-9]{5}\"");
            assertThat(results.messages().get(1).isError()).isTrue();
            assertThat(results.messages().get(1).text()).contains("database is down")
                    .contains("\"say\":\"Sorry, something went wrong on our side.\"");
            assertThat(results.messages().get(3).text()).contains("unknown tool teleport");
            assertThat(results.failed()).containsExactly("broken", "teleport");
            assertThat(results.spokenFallback()).isEmpty();
            assertThat(book.size()).isOne();
        }
    }

    @Test
    void aToolThatOverrunsIsStoppedAndTheCallerHearsAFallbackLine() throws InterruptedException {
        try (ToolExecutor executor = new ToolExecutor(registry, Duration.ofMillis(300))) {
            ToolResults results = executor.execute(List.of(request("a", "slow", "{}"),
                    request("b", "check_availability", "{\"date\":\"2026-03-16\",\"time\":\"19:00\",\"party_size\":2}")));

            assertThat(results.timedOut()).containsExactly("slow");
            assertThat(results.spokenFallback()).contains(ToolExecutor.TIMEOUT_LINE);
            assertThat(results.messages().getFirst().text()).contains("\"error\":\"timeout\"");
            assertThat(results.messages().get(1).text()).contains("closed on Mondays");
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the overrunning call was interrupted").isTrue();
        }
    }

    @Test
    void aBusinessFailureCarriesTheLineToSayAndTheSlotToAskAgain() {
        try (ToolExecutor executor = new ToolExecutor(registry, Duration.ofSeconds(5))) {
            ToolExecutionResultMessage result = executor.execute(List.of(request("x", "create_booking",
                    "{\"name\":\"Jo\",\"date\":\"2026-03-14\",\"time\":\"23:30\",\"party_size\":2}"))).messages().getFirst();
            assertThat(result.isError()).isTrue();
            assertThat(result.text()).isEqualTo(
                    "{\"error\":\"failed\",\"say\":\"We seat guests from 5 pm to 10 pm.\",\"slot\":\"time\"}");
        }
    }

    @Test
    void specificationsDescribeTheToolsForAModel() {
        assertThat(registry.specifications()).extracting(ToolSpecification::name)
                .containsExactly("check_availability", "create_booking", "broken", "slow");
        assertThat(registry.specifications().get(1).parameters().required())
                .containsExactly("name", "date", "time", "party_size");
    }

    private static ToolExecutionRequest request(String id, String name, String arguments) {
        return ToolExecutionRequest.builder().id(id).name(name).arguments(arguments).build();
    }

    private interface Body {
        Object run(Map<String, Object> arguments) throws Exception;
    }

    private static AgentTool tool(String name, Body body) {
        return new AgentTool() {
            @Override
            public ToolSpecification specification() {
                return ToolSpecification.builder().name(name).build();
            }

            @Override
            public Object execute(Map<String, Object> arguments) throws Exception {
                return body.run(arguments);
            }
        };
    }
}
