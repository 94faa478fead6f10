package io.parley.voice.pipeline;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.pipeline.frame.DataFrame;
import io.parley.voice.pipeline.frame.DataFrame.Stage;
import io.parley.voice.pipeline.frame.SystemFrame.TimerFired;
import io.parley.voice.pipeline.frame.SystemFrame.TimerKind;
import io.parley.voice.pipeline.spi.ReplySentence;
import io.parley.voice.pipeline.spi.ReplyTextStage;
import io.parley.voice.timeline.TimelineMark;

import java.util.function.Supplier;

/**
 * The reply model's side of a turn: streams the model's tokens through the text stage into sentences, runs the
 * tools it asks for, and keeps it honest: a deadline for the first token and between tokens, a retry with
 * backoff, then the fallback model, then a spoken re-prompt, with a hold-on line while the caller waits. Results
 * of an old turn or a superseded attempt are dropped. Session thread only.
 */
final class ReplyModel {

    private final SessionContext ctx;
    private final ReplyDriver driver;
    private final Supplier<ReplyTextStage> textStages;
    private final ToolDispatcher tools;

    ReplyModel(SessionContext ctx, ReplyDriver driver, Supplier<ReplyTextStage> textStages, ToolDispatcher tools) {
        this.ctx = ctx;
        this.driver = driver;
        this.textStages = textStages;
        this.tools = tools;
    }

    /** Starts (or restarts) the model on turn {@code t}. */
    void start(AgentTurn t) {
        startLlm(t);
    }

    /** The reply model's timers; synthesis timers go to the driver. */
    void onTimer(TimerFired f) {
        AgentTurn turn = driver.turn();
        if (!current(f.turnId(), f.attempt())) {
            return;
        }
        if (f.kind() == TimerKind.LLM_DEADLINE) {
            llmFailed(turn, ctx.engines.llmNames().get(ctx.llmEngine), "no tokens within "
                    + ctx.recovery.llm().deadlineMs() + " ms");
        } else if (f.kind() == TimerKind.LLM_RETRY) {
            startLlm(turn);
        }
    }

    private void startLlm(AgentTurn t) {
        int attempt = ++t.llmAttempt;
        t.text = textStages.get();
        int engineIndex = ctx.llmEngine;
        StreamingChatModel model = ctx.engines.llm().get(engineIndex);
        String name = ctx.engines.llmNames().get(engineIndex);
        ChatRequest.Builder request = ChatRequest.builder().messages(ctx.conversation.forRequest());
        if (!tools.specifications().isEmpty()) {
            request.toolSpecifications(tools.specifications());
        }
        ChatRequest built = request.build();
        t.llmTimer.cancel();
        t.llmTimer = ctx.timer(ctx.recovery.llm().deadlineMs(), new TimerFired(TimerKind.LLM_DEADLINE, t.id, attempt));
        var handler = EngineCallbacks.llm(ctx, t.id, attempt, name);
        ctx.mailbox.dispatchStarted();
        // Providers may do blocking work before streaming starts; the call's thread must never wait on them.
        Thread.ofVirtual().name("parley-llm-" + t.id).start(() -> {
            try {
                model.chat(built, handler);
            } catch (Throwable e) {
                ctx.fromEngine(new DataFrame.EngineFailed(Stage.LLM, t.id, attempt, name, e));
            } finally {
                ctx.mailbox.dispatchEnded();
            }
        });
    }

    private boolean current(long turnId, int attempt) {
        AgentTurn turn = driver.turn();
        return turn != null && turn.id == turnId && turn.llmAttempt == attempt && !turn.llmDone;
    }

    void onLlmStarted(DataFrame.LlmStreamStarted f) {
        if (current(f.turnId(), f.attempt())) {
            driver.turn().handle = f.handle();
        } else {
            f.handle().cancel();
        }
    }

    void onLlmChunk(DataFrame.LlmTextChunk f) {
        if (!current(f.turnId(), f.attempt())) {
            return;
        }
        AgentTurn t = driver.turn();
        t.timeline.stamp(TimelineMark.LLM_FIRST_TOKEN, ctx.now());
        t.llmTimer.cancel();
        t.llmTimer = ctx.timer(ctx.recovery.llm().deadlineMs(), new TimerFired(TimerKind.LLM_DEADLINE, t.id, t.llmAttempt));
        for (ReplySentence sentence : t.text.accept(f.text())) {
            driver.addSentence(t, sentence, true);
        }
        driver.speakNext();
    }

    /** A streamed tool call is progress: it keeps the reply's deadline from firing. The event comes at completion. */
    void onLlmToolCall(DataFrame.LlmToolCall f) {
        if (current(f.turnId(), f.attempt())) {
            driver.turn().llmTimer.cancel();
            driver.turn().llmTimer = ctx.timer(ctx.recovery.llm().deadlineMs(),
                    new TimerFired(TimerKind.LLM_DEADLINE, driver.turn().id, driver.turn().llmAttempt));
        }
    }

    void onLlmCompleted(DataFrame.LlmCompleted f) {
        if (!current(f.turnId(), f.attempt())) {
            return;
        }
        AgentTurn t = driver.turn();
        t.llmTimer.cancel();
        AiMessage message = f.response() == null ? null : f.response().aiMessage();
        if (message != null && message.hasToolExecutionRequests()) {
            message.toolExecutionRequests().forEach(r ->
                    ctx.emit(new SessionEvent.ToolCalled(ctx.atMs(), t.id, r.name(), r.arguments())));
        }
        if (message != null && message.hasToolExecutionRequests() && tools.canRun(t.toolRounds)) {
            t.toolRounds++;
            ctx.conversation.add(message);
            tools.run(t.id, t.llmAttempt, message.toolExecutionRequests());
            return;
        }
        for (ReplySentence sentence : t.text.flush()) {
            driver.addSentence(t, sentence, true);
        }
        if (!t.speakableGenerated) {
            llmFailed(t, ctx.engines.llmNames().get(ctx.llmEngine), "reply had nothing to say");
            return;
        }
        t.llmDone = true;
        driver.speakNext();
        driver.finishIfDone();
    }

    void onToolResults(DataFrame.ToolResults f) {
        AgentTurn turn = driver.turn();
        if (turn == null || turn.id != f.turnId() || turn.llmAttempt != f.attempt()) {
            return;
        }
        f.results().forEach(ctx.conversation::add);
        startLlm(turn);
    }

    void onLlmFailed(long turnId, int attempt, String engine, String reason) {
        if (current(turnId, attempt)) {
            llmFailed(driver.turn(), engine, reason);
        }
    }

    private void llmFailed(AgentTurn t, String engine, String reason) {
        t.llmTimer.cancel();
        if (t.handle != null) {
            t.handle.cancel();
            t.handle = null;
        }
        ctx.emit(new SessionEvent.EngineError(ctx.atMs(), "llm", engine, reason));
        if (t.speakableGenerated) {
            // Part of the reply exists: say it rather than start over.
            t.llmDone = true;
            driver.speakNext();
            driver.finishIfDone();
            return;
        }
        t.llmFailuresOnEngine++;
        if (!t.holdOnSpoken) {
            t.holdOnSpoken = true;
            ctx.fallback("llm", engine, "hold-on line", reason);
            driver.speakLine(ctx.recovery.lines().holdOn());
        }
        if (ctx.recovery.llm().canRetry(t.llmFailuresOnEngine)) {
            long backoff = ctx.recovery.llm().backoffBefore(t.llmFailuresOnEngine);
            t.llmTimer = ctx.timer(backoff, new TimerFired(TimerKind.LLM_RETRY, t.id, t.llmAttempt));
        } else if (ctx.llmEngine + 1 < ctx.engines.llm().size()) {
            ctx.llmEngine++;
            t.llmFailuresOnEngine = 0;
            ctx.fallback("llm", engine, ctx.engines.llmNames().get(ctx.llmEngine), reason);
            startLlm(t);
        } else {
            t.llmDone = true;
            ctx.fallback("llm", engine, "re-prompt", reason);
            driver.speakLine(ctx.recovery.lines().replyFailed());
        }
    }

}
