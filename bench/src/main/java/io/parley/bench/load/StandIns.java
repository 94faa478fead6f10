package io.parley.bench.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The engines behind the node under test. With {@code --engines offline} the node runs its own offline engines
 * (pocketsphinx, the flow agent, espeak-ng) and there is nothing to start here; {@code standin} starts loopback
 * stand-ins for remote providers with configured latencies and points the node at them.
 */
final class StandIns implements AutoCloseable {

    private final Map<String, Object> agentEngines;
    private final List<String> nodeSettings;
    private final Faults.EngineFaults faults;
    private final AutoCloseable running;

    private StandIns(Map<String, Object> agentEngines, List<String> nodeSettings, Faults.EngineFaults faults,
                     AutoCloseable running) {
        this.agentEngines = agentEngines;
        this.nodeSettings = nodeSettings;
        this.faults = faults;
        this.running = running;
    }

    static StandIns start(LoadOptions options, Path work) {
        if (!"standin".equals(options.engines())) {
            return new StandIns(LoadHarness.offlineEngines(), List.of(), null, () -> { });
        }
        throw new IllegalArgumentException("--engines standin is not available in this build yet");
    }

    Map<String, Object> agentEngines() {
        return agentEngines;
    }

    List<String> nodeSettings() {
        return nodeSettings;
    }

    Faults.EngineFaults faults() {
        return faults;
    }

    @Override
    public void close() {
        try {
            running.close();
        } catch (Exception ignored) {
            // stand-ins are loopback servers of this process; they go with it
        }
    }
}
