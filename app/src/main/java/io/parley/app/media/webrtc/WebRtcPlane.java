package io.parley.app.media.webrtc;

import io.parley.app.media.WebRtcMediaPlane;

import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceServer;
import dev.onvoid.webrtc.RTCIceTransportPolicy;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.CustomAudioSource;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The embedded WebRTC media plane: the JVM answers a browser's offer itself and becomes its audio peer (Opus).
 * Signaling-agnostic: the caller moves SDP and candidates over whatever channel it has.
 *
 * <pre>{@code
 * WebRtcCall call = plane.answer(offerSdp, iceServers, candidate -> signaling.send(candidate));
 * signaling.send(call.answerSdp());
 * call.answerDelivered();                       // releases local candidates gathered meanwhile
 * call.addRemoteCandidate(candidateFromBrowser);
 * session.attach(call);                         // a CallerLeg
 * }</pre>
 *
 * Each live call owns a native stack (see {@link WebRtcEngine} for why; stacks are reused across calls, see
 * {@link EnginePool}), and at {@code parley.webrtc.max-peers} calls a new one is refused
 * with {@link WebRtcException.Reason#AT_CAPACITY} while the live ones carry on.
 */
@Component
@EnableConfigurationProperties(WebRtcProperties.class)
public class WebRtcPlane implements WebRtcMediaPlane, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebRtcPlane.class);

    private final WebRtcProperties properties;
    private final SdpSteps sdpSteps;
    private final Set<WebRtcCall> calls = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();
    private final Object lifecycle = new Object();
    private final EnginePool engines = new EnginePool();
    private ScheduledExecutorService pacer;
    private boolean closed;

    public WebRtcPlane(WebRtcProperties properties) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.sdpSteps = new SdpSteps(properties.negotiationTimeout());
    }

    /**
     * Answers a browser's offer with a new call.
     *
     * @param offerSdp         the browser's SDP offer; it must carry an audio section
     * @param iceServers       STUN/TURN servers for this call; empty for {@code parley.webrtc.ice-servers}
     * @param onLocalCandidate receives this side's ICE candidates, after {@link WebRtcCall#answerDelivered()};
     *                         called on a WebRTC thread, must not block
     * @throws WebRtcException with {@code BAD_INPUT} for an unusable offer, {@code AT_CAPACITY} at max peers,
     *                         {@code NEGOTIATION_FAILED} when the stack fails; nothing is left behind
     */
    @Override
    public WebRtcCall answer(String offerSdp, List<IceServer> iceServers, Consumer<IceCandidate> onLocalCandidate) {
        String offer = SdpChecks.offer(offerSdp);
        Objects.requireNonNull(onLocalCandidate, "onLocalCandidate");
        List<IceServer> servers = iceServers == null || iceServers.isEmpty() ? properties.iceServers() : iceServers;
        int bufferBlocks = (int) Math.max(2, properties.agentAudioBuffer().toMillis() / 10);
        WebRtcCall call = new WebRtcCall(this, ids.incrementAndGet(), onLocalCandidate, bufferBlocks);
        admit(call);
        WebRtcEngine engine = null;
        RTCPeerConnection peer = null;
        CustomAudioSource source = null;
        try {
            engine = engines.take();
            peer = engine.factory().createPeerConnection(configuration(servers), call.observer());
            if (peer == null) {
                throw WebRtcException.negotiationFailed("the WebRTC stack refused to create a peer connection");
            }
            sdpSteps.applyOffer(peer, offer);
            source = new CustomAudioSource();
            AudioTrack agentTrack = engine.factory().createAudioTrack("parley-agent-" + call.id(), source);
            peer.addTrack(agentTrack, List.of("parley"));
            call.attach(engine, peer, source, agentTrack, sdpSteps.createAndSetAnswer(peer));
            log.debug("WebRTC call {} answered ({} live)", call.id(), calls.size());
            return call;
        } catch (RuntimeException | Error failed) {
            // The binding reports native failures as java.lang.Error; either way nothing may be left behind.
            call.attach(engine, peer, source, null, null);
            call.close("setup failed: " + failed.getMessage());
            throw failed instanceof WebRtcException known ? known
                    : WebRtcException.negotiationFailed("the call could not be set up: " + failed.getMessage());
        }
    }

    /** Calls currently held. */
    public int activeCalls() {
        return calls.size();
    }

    /** Closes every call, stops the pacer, then disposes the pooled native stacks. Idempotent. */
    @Override
    @PreDestroy
    public void close() {
        List<WebRtcCall> live;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            live = new ArrayList<>(calls);
        }
        live.forEach(call -> call.close("server shutting down"));
        synchronized (lifecycle) {
            if (pacer != null) {
                pacer.shutdownNow();
                awaitQuietly(pacer);
            }
        }
        engines.close();
    }

    /** Native stacks held idle for the next calls (see {@link EnginePool}). */
    int idleEngines() {
        return engines.idleEngines();
    }

    void engineReleased(WebRtcEngine engine) {
        engines.give(engine);
    }

    SdpSteps sdpSteps() {
        return sdpSteps;
    }

    void release(WebRtcCall call) {
        calls.remove(call);
    }

    private void admit(WebRtcCall call) {
        synchronized (lifecycle) {
            if (closed) {
                throw WebRtcException.closed("the WebRTC plane");
            }
            if (calls.size() >= properties.maxPeers()) {
                throw WebRtcException.atCapacity(properties.maxPeers());
            }
            if (pacer == null) {
                pacer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                        .name("parley-webrtc-pacer").daemon(true).factory());
                pacer.scheduleAtFixedRate(this::pace, 10, 10, TimeUnit.MILLISECONDS);
            }
            calls.add(call);
        }
    }

    /** Every 10 ms: one block of agent audio (or silence) into each live call. */
    private void pace() {
        for (WebRtcCall call : calls) {
            try {
                call.pushAgentBlock();
            } catch (Throwable failed) {
                log.warn("WebRTC call {}: agent audio block dropped", call.id(), failed);
            }
        }
    }

    private RTCConfiguration configuration(List<IceServer> servers) {
        RTCConfiguration configuration = new RTCConfiguration();
        configuration.iceTransportPolicy = RTCIceTransportPolicy.ALL;
        configuration.iceServers = new ArrayList<>();
        for (IceServer server : servers) {
            RTCIceServer ice = new RTCIceServer();
            ice.urls = new ArrayList<>(server.urls());
            ice.username = server.username() == null ? "" : server.username();
            ice.password = server.credential() == null ? "" : server.credential();
            configuration.iceServers.add(ice);
        }
        configuration.portAllocatorConfig.minPort = properties.minPort();
        configuration.portAllocatorConfig.maxPort = properties.maxPort();
        return configuration;
    }

    private static void awaitQuietly(ScheduledExecutorService executor) {
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

}
