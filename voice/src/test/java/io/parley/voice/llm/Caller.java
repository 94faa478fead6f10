package io.parley.voice.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Plays the caller's side of a conversation the way the pipeline does: say, stream the reply, run its tools. */
final class Caller {

    /** One model reply: its streamed tokens and the complete message. */
    record Reply(List<String> tokens, AiMessage message) {
        String text() {
            return message.text() == null ? "" : message.text();
        }
    }

    final List<ChatMessage> history = new ArrayList<>();
    private final StreamingChatModel model;
    private final ToolExecutor tools;

    Caller(StreamingChatModel model, ToolExecutor tools) {
        this.model = model;
        this.tools = tools;
    }

    /** The caller says {@code text}; returns everything the agent says until it waits for the caller again. */
    String says(String text) {
        history.add(UserMessage.from(text));
        return agentTurn();
    }

    String agentTurn() {
        StringBuilder spoken = new StringBuilder();
        while (true) {
            Reply reply = ask(model, history);
            history.add(reply.message());
            spoken.append(spoken.isEmpty() ? "" : " ").append(reply.text());
            if (!reply.message().hasToolExecutionRequests()) {
                return spoken.toString().strip();
            }
            ToolResults results = tools.execute(reply.message().toolExecutionRequests());
            results.spokenFallback().ifPresent(line -> spoken.append(' ').append(line));
            history.addAll(results.messages());
        }
    }

    static Reply ask(StreamingChatModel model, List<ChatMessage> history) {
        List<String> tokens = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(ChatRequest.builder().messages(history).build(), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String token) {
                tokens.add(token);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            return new Reply(tokens, done.get(10, TimeUnit.SECONDS).aiMessage());
        } catch (Exception e) {
            throw new AssertionError("model did not answer", e);
        }
    }
}
