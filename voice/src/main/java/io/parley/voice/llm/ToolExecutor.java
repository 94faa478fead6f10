package io.parley.voice.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the tool calls of a model reply, all at once, each on its own virtual thread and each with the same
 * deadline. A call that fails or overruns becomes an error result the model can speak about; the others' results
 * still go through.
 * <pre>{@code
 * ToolExecutor executor = new ToolExecutor(tools, Duration.ofSeconds(3));
 * executor.executeAsync(aiMessage.toolExecutionRequests()).thenAccept(results -> {
 *     results.spokenFallback().ifPresent(pipeline::say);
 *     history.addAll(results.messages());          // then ask the model again
 * });
 * }</pre>
 */
public final class ToolExecutor implements AutoCloseable {

    /** Spoken when a tool overran, to fill the silence before the model's own answer. */
    public static final String TIMEOUT_LINE = "Sorry, this is taking longer than expected.";
    private static final String TIMEOUT_SAY = "I couldn't get an answer from our system in time.";
    private static final String FAULT_SAY = "Sorry, something went wrong on our side.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ToolRegistry registry;
    private final Duration timeout;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    public ToolExecutor(ToolRegistry registry, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("tool timeout must be positive, got " + timeout);
        }
        this.registry = registry;
        this.timeout = timeout;
    }

    /** Runs the calls; completes when all have finished or hit the deadline. Never completes exceptionally. */
    public CompletableFuture<ToolResults> executeAsync(List<ToolExecutionRequest> requests) {
        List<CompletableFuture<Outcome>> calls = requests.stream().map(this::run).toList();
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<ToolExecutionResultMessage> messages = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            List<String> timedOut = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                ToolExecutionRequest request = requests.get(i);
                Outcome outcome = calls.get(i).join();
                if (outcome == Outcome.TIMED_OUT) {
                    timedOut.add(request.name());
                } else if (outcome.error()) {
                    failed.add(request.name());
                }
                String text = outcome == Outcome.TIMED_OUT ? error("timeout", TIMEOUT_SAY, null) : outcome.json();
                messages.add(ToolExecutionResultMessage.builder().id(request.id()).toolName(request.name())
                        .text(text).isError(outcome.error()).build());
            }
            Optional<String> fallback = timedOut.isEmpty() ? Optional.empty() : Optional.of(TIMEOUT_LINE);
            return new ToolResults(messages, failed, timedOut, fallback);
        });
    }

    /** Blocking form of {@link #executeAsync}. */
    public ToolResults execute(List<ToolExecutionRequest> requests) {
        return executeAsync(requests).join();
    }

    private CompletableFuture<Outcome> run(ToolExecutionRequest request) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        Future<?> task = threads.submit(() -> {
            result.complete(call(request));
        });
        return result.completeOnTimeout(Outcome.TIMED_OUT, timeout.toNanos(), TimeUnit.NANOSECONDS)
                .whenComplete((outcome, ignored) -> {
                    if (outcome == Outcome.TIMED_OUT) {
                        task.cancel(true);
                    }
                });
    }

    private Outcome call(ToolExecutionRequest request) {
        Optional<AgentTool> tool = registry.find(request.name());
        if (tool.isEmpty()) {
            return new Outcome(error("unknown tool " + request.name(), FAULT_SAY, null), true);
        }
        try {
            String arguments = request.arguments() == null || request.arguments().isBlank() ? "{}"
                    : request.arguments();
            Map<String, Object> parsed = JSON.readValue(arguments, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            Object value = tool.get().execute(parsed);
            return new Outcome(value instanceof String text ? text : JSON.writeValueAsString(value), false);
        } catch (ToolFailure failure) {
            return new Outcome(error("failed", failure.getMessage(), failure.slot()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.TIMED_OUT;
        } catch (Exception | LinkageError e) {
            return new Outcome(error(e.getClass().getSimpleName() + ": " + e.getMessage(), FAULT_SAY, null), true);
        }
    }

    private static String error(String error, String say, String slot) {
        ObjectNode node = JSON.createObjectNode().put("error", error).put("say", say);
        if (slot != null) {
            node.put("slot", slot);
        }
        return JSON.writeValueAsString(node);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private record Outcome(String json, boolean error) {
        static final Outcome TIMED_OUT = new Outcome("", true);
    }
}
