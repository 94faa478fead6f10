package io.parley.voice.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.FlowDefinition;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The offline LLM: an in-process {@link StreamingChatModel} that runs an agent's {@link FlowDefinition}. It matches
 * what the caller said to an intent, asks for each slot in turn, calls the intent's tool the way LangChain4j models
 * do (a {@code ToolExecutionRequest} in the {@link AiMessage}, then the reply once the tool result is in the
 * conversation) and streams its reply token by token.
 * <pre>{@code
 * FlowAgent agent = new FlowAgent(AgentConfigs.bookingSample());
 * agent.chat(ChatRequest.builder().messages(history).build(), handler);   // tokens, then the AiMessage
 * sttRequest = new SttRequest("en-US", agent.expectedPhrases(history));   // bias recognition to the next answer
 * }</pre>
 * It keeps no state between calls: everything is rebuilt from the request's messages, so it stays right after an
 * interruption cut its last line short, and one instance serves any number of concurrent calls. When the last
 * message is the agent's own (the caller stayed silent), it asks again for what it is waiting for. The reply
 * streams on the calling thread; cancelling through the {@link StreamingHandle} of a partial response stops it
 * without a completion callback.
 */
public final class FlowAgent implements StreamingChatModel {

    /** {@link AiMessage#attributes()} key: the name of the intent the reply belongs to. */
    public static final String INTENT = "parley.intent";
    /** {@link AiMessage#attributes()} key: true when the caller should now be handed to a person. */
    public static final String HANDOFF = "parley.handoff";
    static final String MODEL_NAME = "parley-flow";

    private final FlowDefinition flow;
    private final String greeting;
    private final Clock clock;
    private final IntentMatcher matcher;

    public FlowAgent(AgentConfig agent) {
        this(agent, Clock.systemDefaultZone());
    }

    /** @param clock decides what "today" and "tomorrow" mean */
    public FlowAgent(AgentConfig agent, Clock clock) {
        this.flow = Objects.requireNonNull(agent.flow(), () -> "agent " + agent.name() + " has no flow");
        this.greeting = agent.greeting();
        this.clock = clock;
        this.matcher = new IntentMatcher(flow);
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        FlowStep step;
        try {
            step = conversation(request.messages()).step();
        } catch (RuntimeException e) {
            handler.onError(e);
            return;
        }
        Cancellation handle = new Cancellation();
        String text = switch (step) {
            case FlowStep.Say say -> say.text();
            case FlowStep.CallTool call -> call.preamble();
        };
        for (String token : Tokens.split(text)) {
            handler.onPartialResponse(new PartialResponse(token), new PartialResponseContext(handle));
            if (handle.isCancelled()) {
                return;
            }
        }
        AiMessage.Builder message = AiMessage.builder().text(text.isEmpty() ? null : text);
        FinishReason finish = FinishReason.STOP;
        if (step instanceof FlowStep.CallTool call) {
            handler.onCompleteToolCall(new CompleteToolCall(0, call.request()));
            message.toolExecutionRequests(List.of(call.request()));
            finish = FinishReason.TOOL_EXECUTION;
        }
        boolean handoff = step instanceof FlowStep.Say say && say.handoff();
        message.attributes(step.intent() == null ? Map.of(HANDOFF, handoff)
                : Map.of(INTENT, step.intent(), HANDOFF, handoff));
        handler.onCompleteResponse(ChatResponse.builder().aiMessage(message.build()).modelName(MODEL_NAME)
                .finishReason(finish).build());
    }

    /**
     * Words and phrases the caller is likely to say next, for STT biasing: the values of the slot being asked
     * for, or the intents' example words when the agent is listening openly.
     */
    public List<String> expectedPhrases(List<ChatMessage> history) {
        return ExpectedPhrases.of(conversation(history), matcher);
    }

    /** True when a reply of this model asks to hand the caller to a person. */
    public static boolean isHandoff(AiMessage message) {
        return Boolean.TRUE.equals(message.attributes().get(HANDOFF));
    }

    private FlowConversation conversation(List<ChatMessage> history) {
        return FlowConversation.replay(flow, matcher, LocalDate.now(clock), greeting, history);
    }

    private static final class Cancellation implements StreamingHandle {
        private volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
