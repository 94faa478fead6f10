package io.parley.voice.pipeline;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import io.parley.voice.pipeline.clock.SessionClock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A chat model that plays a script, one line per request: tokens at a fixed pace, an error, or silence.
 * Records every request (to check what the model was told) and when its stream completed.
 */
public final class ScriptedChatModel implements StreamingChatModel {

    public sealed interface Reply permits Tokens, Fails, Hangs, CallsTool { }

    /** Asks for a tool instead of answering. */
    public record CallsTool(String name, String arguments) implements Reply { }

    public record Tokens(List<String> tokens, long firstTokenMs, long gapMs) implements Reply { }

    public record Fails(long afterMs, String message) implements Reply { }

    public record Hangs() implements Reply { }

    public static Tokens says(String... tokens) {
        return new Tokens(List.of(tokens), 100, 40);
    }

    private final SessionClock clock;
    private final Deque<Reply> script = new ArrayDeque<>();
    public final List<List<ChatMessage>> requests = new CopyOnWriteArrayList<>();
    public final List<Long> completedAtMs = new CopyOnWriteArrayList<>();
    volatile boolean ignoreCancel;

    public ScriptedChatModel(SessionClock clock, Reply... replies) {
        this.clock = clock;
        script.addAll(List.of(replies));
    }

    public synchronized void then(Reply reply) {
        script.addLast(reply);
    }

    @Override
    public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
        requests.add(List.copyOf(request.messages()));
        Reply reply;
        synchronized (this) {
            reply = script.isEmpty() ? says("Okay.") : script.pollFirst();
        }
        boolean[] cancelled = {false};
        StreamingHandle handle = new StreamingHandle() {
            public void cancel() { cancelled[0] = true; }
            public boolean isCancelled() { return cancelled[0]; }
        };
        switch (reply) {
            case Hangs h -> { }
            case CallsTool c -> clock.schedule(50, () -> handler.onCompleteResponse(ChatResponse.builder()
                    .aiMessage(AiMessage.from(List.of(dev.langchain4j.agent.tool.ToolExecutionRequest.builder()
                            .id("call-1").name(c.name()).arguments(c.arguments()).build()))).build()));
            case Fails f -> clock.schedule(f.afterMs(), () -> handler.onError(new IllegalStateException(f.message())));
            case Tokens t -> {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < t.tokens().size(); i++) {
                    String token = t.tokens().get(i);
                    all.append(token);
                    clock.schedule(t.firstTokenMs() + i * t.gapMs(), () -> {
                        if (!cancelled[0] || ignoreCancel) {
                            handler.onPartialResponse(new PartialResponse(token), new PartialResponseContext(handle));
                        }
                    });
                }
                clock.schedule(t.firstTokenMs() + t.tokens().size() * t.gapMs(), () -> {
                    if (!cancelled[0] || ignoreCancel) {
                        completedAtMs.add(clock.millis());
                        handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(all.toString())).build());
                    }
                });
            }
        }
    }
}
