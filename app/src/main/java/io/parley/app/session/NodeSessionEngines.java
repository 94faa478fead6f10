package io.parley.app.session;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.engines.NodeEngines;
import io.parley.voice.engines.OfflineEngines;
import io.parley.voice.engines.RemoteEngines;
import io.parley.voice.pipeline.SessionEngines;
import io.parley.voice.vad.SileroVad;
import io.parley.voice.vad.VoiceActivityDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The node's engines: one Silero VAD model, one pocketsphinx decoder pool and one of each offline synthesiser, and
 * the cloud clients ({@link EnginesProperties}) on one shared HTTP client, all shared by every call. Each call gets
 * its agent's choices with their fallbacks: a cloud recogniser backed by pocketsphinx, any voice backed by the
 * offline voices, so a failing engine never leaves the caller in silence.
 */
@Component
@EnableConfigurationProperties(EnginesProperties.class)
class NodeSessionEngines implements SessionEnginesProvider, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NodeSessionEngines.class);

    private final OfflineEngines offline = OfflineEngines.withDefaults();
    private final RemoteEngines remote;
    private final NodeEngines engines;
    private final boolean warmUp;
    private volatile VoiceActivityDetector vad;

    NodeSessionEngines(EnginesProperties properties) {
        this.remote = new RemoteEngines(properties.remote());
        this.engines = new NodeEngines(offline, remote);
        this.warmUp = properties.warmUp();
    }

    /**
     * Loads models in the background once the node is up, so the first callers do not wait for them
     * ({@code parley.engines.warm-up=false} skips it, e.g. for test nodes that must start light).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp(ApplicationReadyEvent ready) {
        if (!warmUp) {
            return;
        }
        // A platform thread: loading the native models is long native work that would pin a virtual thread's carrier.
        Thread.ofPlatform().daemon().name("parley-engines-warm-up").start(() -> {
            try {
                offline.warmUp(2);
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
        remote.close();
        offline.close();
    }
}
