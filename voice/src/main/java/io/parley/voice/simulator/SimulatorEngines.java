package io.parley.voice.simulator;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.engines.OfflineEngines;
import io.parley.voice.pipeline.SessionEngines;
import io.parley.voice.vad.EnergyVad;
import io.parley.voice.vad.SileroVad;
import io.parley.voice.vad.VoiceActivityDetector;

import java.util.List;

/**
 * The engines an agent file asks for, built for one simulated call and closed after it: Silero VAD (the energy
 * VAD if the model cannot load), the offline recogniser and voices, and the agent's reply model. Each engine is
 * wrapped so the simulator knows when it is working (see {@link EngineActivity}).
 */
final class SimulatorEngines implements AutoCloseable {

    private final SessionEngines engines;
    private final OfflineEngines offline;
    private final VoiceActivityDetector vad;

    private SimulatorEngines(SessionEngines engines, OfflineEngines offline, VoiceActivityDetector vad) {
        this.engines = engines;
        this.offline = offline;
        this.vad = vad;
    }

    SessionEngines engines() {
        return engines;
    }

    static SimulatorEngines forAgent(AgentConfig agent, EngineActivity activity) {
        OfflineEngines offline = OfflineEngines.withDefaults();
        VoiceActivityDetector vad = vad();
        SessionEngines plain = SessionEngines.forAgent(agent, offline, vad);
        SessionEngines tracked = new SessionEngines(vad,
                plain.stt().stream().map(activity::track).toList(),
                plain.llm().stream().map(activity::track).toList(),
                plain.tts().stream().map(activity::track).toList(),
                plain.llmNames());
        return new SimulatorEngines(tracked, offline, vad);
    }

    private static VoiceActivityDetector vad() {
        try {
            return SileroVad.create();
        } catch (RuntimeException | LinkageError e) {
            System.err.println("Silero VAD unavailable (" + e.getMessage() + "); using the energy VAD");
            return new EnergyVad();
        }
    }

    @Override
    public void close() {
        vad.close();
        offline.close();
    }
}
