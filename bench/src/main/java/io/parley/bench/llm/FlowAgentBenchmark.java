package io.parley.bench.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.parley.voice.agent.AgentConfigs;
import io.parley.voice.llm.FlowAgent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time for the flow agent to answer a turn, replaying the whole conversation as it does on every call: the
 * LLM-first-token cost of the offline engine, four turns into a booking.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FlowAgentBenchmark {

    private FlowAgent agent;
    private ChatRequest request;

    @Setup
    public void setUp() {
        agent = new FlowAgent(AgentConfigs.bookingSample(),
                Clock.fixed(Instant.parse("2026-03-12T10:00:00Z"), ZoneOffset.UTC));
        List<ChatMessage> history = new ArrayList<>();
        for (String said : List.of("hi I'd like to book a table for four", "saturday", "seven thirty pm")) {
            history.add(UserMessage.from(said));
            history.add(AiMessage.from("..."));
        }
        history.add(UserMessage.from("the patio please"));
        request = ChatRequest.builder().messages(history).build();
    }

    @Benchmark
    public ChatResponse answerATurn() {
        ChatResponse[] response = new ChatResponse[1];
        agent.chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onCompleteResponse(ChatResponse complete) {
                response[0] = complete;
            }

            @Override
            public void onError(Throwable error) {
                throw new IllegalStateException(error);
            }
        });
        return response[0];
    }
}
