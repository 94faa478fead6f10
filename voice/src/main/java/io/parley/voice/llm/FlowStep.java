package io.parley.voice.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;

/** What the flow agent does next: speak, or call a tool and speak once its result is in. */
sealed interface FlowStep {

    /** The intent this step belongs to, or null. */
    String intent();

    /** A line to speak; {@code handoff} when the caller should now go to a person. */
    record Say(String text, String intent, boolean handoff) implements FlowStep {
    }

    /** A tool call; {@code preamble} is spoken while it runs. */
    record CallTool(ToolExecutionRequest request, String preamble, String intent) implements FlowStep {
    }
}
