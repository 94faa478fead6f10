package io.parley.voice.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.Map;

/**
 * A tool an agent can call. Its result is serialised to JSON for the model; throw {@link ToolFailure} for an
 * outcome the caller should hear about ("we're fully booked at seven"), anything else for a fault.
 */
public interface AgentTool {

    /** Name, description and parameters, as LangChain4j models expect them. */
    ToolSpecification specification();

    /** Runs the tool. Called on a virtual thread; may block; is interrupted when it overruns its deadline. */
    Object execute(Map<String, Object> arguments) throws Exception;
}
