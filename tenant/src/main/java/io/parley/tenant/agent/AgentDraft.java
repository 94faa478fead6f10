package io.parley.tenant.agent;

import io.parley.voice.agent.EngineChoices;
import io.parley.voice.agent.FlowDefinition;

/** What an admin submits to create or replace an agent. Missing engines mean the offline defaults. */
public record AgentDraft(String name, String instructions, String greeting, String language, String voice,
                         EngineChoices engines, FlowDefinition flow) {
}
