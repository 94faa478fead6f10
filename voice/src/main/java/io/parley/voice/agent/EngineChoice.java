package io.parley.voice.agent;

import java.util.Map;

/**
 * One engine and its options, e.g. {@code {"engine":"openai","options":{"model":"gpt-4o-mini"}}}.
 * Secrets never sit in options: providers read their keys from the node's configuration.
 */
public record EngineChoice(String engine, Map<String, String> options) {

    public EngineChoice {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public static EngineChoice of(String engine) {
        return new EngineChoice(engine, Map.of());
    }
}
