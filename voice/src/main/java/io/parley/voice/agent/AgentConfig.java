package io.parley.voice.agent;

import java.util.Objects;

/**
 * One agent as the engine sees it.
 *
 * @param name         shown to admins and in logs
 * @param instructions the system prompt
 * @param greeting     spoken when a session starts; empty for none
 * @param language     BCP 47 tag, e.g. {@code en-US}
 * @param voice        TTS voice id understood by the chosen TTS engine (e.g. {@code en-us} for espeak-ng)
 * @param engines      which STT, LLM and TTS engines run this agent, with their options
 * @param flow         an optional structured workflow run by the flow agent; null when the LLM runs free
 */
public record AgentConfig(
        String name,
        String instructions,
        String greeting,
        String language,
        String voice,
        EngineChoices engines,
        FlowDefinition flow) {

    public AgentConfig {
        Objects.requireNonNull(name, "name");
        instructions = instructions == null ? "" : instructions;
        greeting = greeting == null ? "" : greeting;
        language = language == null ? "en-US" : language;
        voice = voice == null ? "en-us" : voice;
        engines = engines == null ? EngineChoices.offline() : engines;
    }
}
