package io.parley.voice.llm;

import dev.langchain4j.data.message.ToolExecutionResultMessage;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one round of tool calls, in the order they were requested.
 *
 * @param messages       one result per request, ready to append to the conversation; failed and timed-out calls
 *                       are results too ({@code isError} set, with a {@code say} line), so the model can speak
 *                       about them
 * @param failed         names of tools that failed or were unknown
 * @param timedOut       names of tools that overran the deadline
 * @param spokenFallback a line to speak at once when something timed out, so the caller does not sit in silence
 */
public record ToolResults(List<ToolExecutionResultMessage> messages, List<String> failed, List<String> timedOut,
                          Optional<String> spokenFallback) {

    public ToolResults {
        messages = List.copyOf(messages);
        failed = List.copyOf(failed);
        timedOut = List.copyOf(timedOut);
    }

    public boolean allSucceeded() {
        return failed.isEmpty() && timedOut.isEmpty();
    }
}
