package io.parley.voice.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tools an agent may call, by name.
 * <pre>{@code
 * ToolRegistry tools = new ToolRegistry().register(BookingTools.checkAvailability(book))
 *                                        .register(BookingTools.createBooking(book));
 * ChatRequest.builder().messages(history).toolSpecifications(tools.specifications()).build();
 * }</pre>
 */
public final class ToolRegistry {

    private final Map<String, AgentTool> tools = new LinkedHashMap<>();

    /** Adds a tool; a second tool with the same name is an error. */
    public synchronized ToolRegistry register(AgentTool tool) {
        String name = tool.specification().name();
        if (tools.putIfAbsent(name, tool) != null) {
            throw new IllegalArgumentException("tool " + name + " is already registered");
        }
        return this;
    }

    public synchronized ToolRegistry registerAll(Collection<? extends AgentTool> more) {
        more.forEach(this::register);
        return this;
    }

    public synchronized Optional<AgentTool> find(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    /** What to put in {@code ChatRequest.toolSpecifications} so a model knows the tools. */
    public synchronized List<ToolSpecification> specifications() {
        return tools.values().stream().map(AgentTool::specification).toList();
    }
}
