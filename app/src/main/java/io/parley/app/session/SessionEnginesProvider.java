package io.parley.app.session;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.pipeline.SessionEngines;

/** The engines a call of {@code agent} runs on. Engines are shared across calls; the provider owns and closes them. */
public interface SessionEnginesProvider {

    SessionEngines forAgent(AgentConfig agent);
}
