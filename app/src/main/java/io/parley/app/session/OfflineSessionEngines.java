package io.parley.app.session;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.engines.OfflineEngines;
import io.parley.voice.pipeline.SessionEngines;
import io.parley.voice.vad.SileroVad;
import io.parley.voice.vad.VoiceActivityDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The node's engines: one Silero VAD model, one pocketsphinx decoder pool and one of each synthesiser, shared by
 * every call. Each call gets its agent's choices, with the other offline voice as the TTS fallback so a failing
 * synthesiser never leaves the caller in silence.
 */
@Component
class OfflineSessionEngines implements SessionEnginesProvider, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OfflineSessionEngines.class);

    private final OfflineEngines engines = OfflineEngines.withDefaults();
    private volatile VoiceActivityDetector vad;

    /**
     * Loads models in the background once the node is up, so the first callers do not wait for them
     * ({@code parley.engines.warm-up=false} skips it, e.g. for test nodes that must start light).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp(ApplicationReadyEvent ready) {
        if (!ready.getApplicationContext().getEnvironment().getProperty("parley.engines.warm-up", Boolean.class, true)) {
            return;
        }
        // A platform thread: loading the native models is long native work that would pin a virtual thread's carrier.
        Thread.ofPlatform().daemon().name("parley-engines-warm-up").start(() -> {
            try {
                engines.warmUp(2);
                vad();
            } catch (RuntimeException e) {
                log.warn("Engine warm-up failed; engines will load on first use", e);
            }
        });
    }

    @Override
    public SessionEngines forAgent(AgentConfig agent) {
        return SessionEngines.forAgent(agent, engines, vad());
    }

    private VoiceActivityDetector vad() {
        VoiceActivityDetector current = vad;
        if (current == null) {
            synchronized (this) {
                if (vad == null) {
                    vad = SileroVad.create();
                }
                current = vad;
            }
        }
        return current;
    }

    @Override
    public void destroy() throws Exception {
        if (vad != null) {
            vad.close();
        }
        engines.close();
    }
}
