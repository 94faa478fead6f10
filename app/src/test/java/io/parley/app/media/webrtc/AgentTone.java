package io.parley.app.media.webrtc;

import io.parley.voice.audio.PcmFrame;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Plays the part of a session's output pacer in tests: a tone (440 Hz unless told) at 24 kHz (a typical TTS rate, so the plane
 * has to resample), sent as 20 ms frames every 20 ms.
 */
final class AgentTone {

    static final int RATE = 24_000;
    static final double FREQUENCY = 440;

    private final double frequency;
    static final double AMPLITUDE = 0.3;

    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("agent-tone").daemon(true).factory());
    private ScheduledFuture<?> running;

    AgentTone() {
        this(FREQUENCY);
    }

    AgentTone(double frequency) {
        this.frequency = frequency;
    }

    private long sent;

    synchronized void start(CallerLegSink leg) {
        stop();
        running = pacer.scheduleAtFixedRate(() -> leg.sendAgentAudio(nextFrame()), 0, 20, TimeUnit.MILLISECONDS);
    }

    synchronized void start(WebRtcCall call) {
        start(call::sendAgentAudio);
    }

    /** Queues {@code ms} of tone at once, the way a session hands over a sentence it has already synthesized. */
    synchronized void burst(WebRtcCall call, int ms) {
        for (int sent = 0; sent < ms; sent += 20) {
            call.sendAgentAudio(nextFrame());
        }
    }

    synchronized void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
    }

    private PcmFrame nextFrame() {
        short[] samples = new short[PcmFrame.samplesPer(20, RATE)];
        for (int i = 0; i < samples.length; i++, sent++) {
            samples[i] = (short) (AMPLITUDE * Short.MAX_VALUE * Math.sin(2 * Math.PI * frequency * sent / RATE));
        }
        return new PcmFrame(samples, RATE);
    }

    @FunctionalInterface
    interface CallerLegSink {
        void sendAgentAudio(PcmFrame frame);
    }
}
