package io.parley.voice.pipeline;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import io.parley.voice.pipeline.frame.DataFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a reply's tool calls off the session's thread, each under a deadline. A failed or late tool becomes an
 * error result, so the model can tell the caller instead of the call going quiet.
 */
final class ToolDispatcher {

    private static final int MAX_ROUNDS = 3;

    private final SessionContext ctx;
    private final ToolRunner runner;
    private final long deadlineMs;

    ToolDispatcher(SessionContext ctx, ToolRunner runner, long deadlineMs) {
        this.ctx = ctx;
        this.runner = runner;
        this.deadlineMs = deadlineMs;
    }

    List<ToolSpecification> specifications() {
        return runner == null ? List.of() : runner.specifications();
    }

    boolean canRun(int roundsSoFar) {
        return runner != null && roundsSoFar < MAX_ROUNDS;
    }

    void run(long turnId, int attempt, List<ToolExecutionRequest> requests) {
        ctx.mailbox.dispatchStarted();
        Thread.ofVirtual().name("parley-tools-" + turnId).start(() -> {
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<String>> futures = new ArrayList<>();
                for (ToolExecutionRequest request : requests) {
                    futures.add(executor.submit(() -> runner.run(request.name(), request.arguments())));
                }
                List<ToolExecutionResultMessage> results = new ArrayList<>();
                for (int i = 0; i < requests.size(); i++) {
                    results.add(new ToolExecutionResultMessage(requests.get(i).id(), requests.get(i).name(),
                            outcome(futures.get(i), requests.get(i).name())));
                }
                executor.shutdownNow();
                ctx.fromEngine(new DataFrame.ToolResults(turnId, attempt, results));
            } finally {
                ctx.mailbox.dispatchEnded();
            }
        });
    }

    private String outcome(Future<String> future, String name) {
        try {
            return future.get(deadlineMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            ctx.fromEngine(new DataFrame.EngineFailed(DataFrame.Stage.TOOL, 0, 0, name, e));
            return "ERROR: the tool did not answer in time";
        } catch (ExecutionException e) {
            ctx.fromEngine(new DataFrame.EngineFailed(DataFrame.Stage.TOOL, 0, 0, name, e.getCause()));
            return "ERROR: " + e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "ERROR: interrupted";
        }
    }
}
