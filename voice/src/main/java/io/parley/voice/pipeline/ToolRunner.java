package io.parley.voice.pipeline;

import dev.langchain4j.agent.tool.ToolSpecification;

import java.util.List;

/**
 * Runs the tools a reply model may call. Calls run off the session's thread under a deadline; a failure or a
 * timeout becomes an error result the model can apologise for, never a silent call.
 */
public interface ToolRunner {

    /** What the model is told it may call. */
    List<ToolSpecification> specifications();

    /** Runs {@code name} with JSON {@code arguments}; returns the result text for the model. */
    String run(String name, String arguments) throws Exception;
}
