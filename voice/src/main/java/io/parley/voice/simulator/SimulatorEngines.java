package io.parley.voice.simulator;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.pipeline.SessionEngines;

/**
 * The engines an agent file asks for, built for one simulated call and closed after it. Each engine is wrapped
 * so the simulator knows when it is working (see {@link EngineActivity}).
 */
final class SimulatorEngines implements AutoCloseable {

    private final SessionEngines engines;
    private final AutoCloseable[] owned;

    private SimulatorEngines(SessionEngines engines, AutoCloseable... owned) {
        this.engines = engines;
        this.owned = owned;
    }

    SessionEngines engines() {
        return engines;
    }

    static SimulatorEngines forAgent(AgentConfig agent, EngineActivity activity) {
        throw new IllegalStateException("no engine implementations in this build for " + agent.engines());
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : owned) {
            c.close();
        }
    }
}
