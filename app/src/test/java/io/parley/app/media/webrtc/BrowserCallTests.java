package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.voice.audio.PcmFrame;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A real browser calls the embedded WebRTC plane: headless Chromium speaks espeak-ng speech into its fake
 * microphone, the JVM answers, receives that speech as 16 kHz frames, and plays a tone back that the page hears.
 */
class BrowserCallTests {

    static final String SPEECH = "Hello Parley, a table for two tonight, please.";
    static final double SPEECH_THRESHOLD = 300;

    static WebRtcPlane plane;

    @BeforeAll
    static void createPlane() {
        plane = new WebRtcPlane(WebRtcProperties.defaults());
    }

    @BeforeEach
    void requireBrowser() throws Exception {
        BrowserCaller.assumeBrowserAvailable();
        BrowserCaller.ensurePlaywright();
    }

    @AfterAll
    static void stopPlane() {
        if (plane != null) {
            plane.close();
        }
    }

    @Test
    void theJvmHearsTheCallerAndTheBrowserHearsTheAgent(@TempDir Path temp) throws Exception {
        Path wav = BrowserCaller.speechWav(temp, SPEECH);
        try (TestSignalingServer signaling = new TestSignalingServer(plane, List.of(), List.of(), false)) {
            JsonNode result = BrowserCaller.call(signaling.url(), wav);
            System.out.println("browser measured: " + result);

            assertBrowserHeardTheAgentOnly(result);
            assertJvmHeardTheCaller(signaling.callerFrames(), Wav.read(wav));
            assertThat(signaling.errors()).isEmpty();
            assertThat(signaling.closedReason().get(45, TimeUnit.SECONDS))
                    .as("the browser hung up; the call ends by itself with a reason").startsWith("network");
        }
        assertThat(plane.activeCalls()).as("the call is released when closed").isZero();
    }

    static void assertBrowserHeardTheAgentOnly(JsonNode result) {
        assertBrowserHeardTheAgentOnly(result, AgentTone.FREQUENCY);
    }

    static void assertBrowserHeardTheAgentOnly(JsonNode result, double toneHz) {
        JsonNode quiet = result.path("quiet");
        JsonNode agent = result.path("agent");
        assertThat(quiet.path("maxRms").asDouble())
                .as("before the agent speaks the browser hears silence, not its own voice: %s", result)
                .isLessThan(0.001);
        assertThat(agent.path("medianRms").asDouble()).as("the browser hears the agent's tone: %s", result)
                .isGreaterThan(0.05);
        assertThat(agent.path("dominantHz").asDouble()).as("at the pitch the JVM sent: %s", result)
                .isCloseTo(toneHz, within(30.0));
        assertThat(result.path("afterRestart").path("medianRms").asDouble())
                .as("after an ICE restart on the same call the agent is still heard: %s", result).isGreaterThan(0.05);
        assertThat(result.path("burst").path("maxRms").asDouble())
                .as("a queued reply plays: %s", result).isGreaterThan(0.05);
        assertThat(result.path("afterFlush").path("maxRms").asDouble())
                .as("after a flush the rest of the queued reply is dropped: %s", result).isLessThan(0.001);
        assertThat(result.path("resumed").path("medianRms").asDouble())
                .as("and the next reply plays again: %s", result).isGreaterThan(0.05);
    }

    static void assertJvmHeardTheCaller(List<PcmFrame> liveFrames, Wav speech) {
        // The call may still be delivering frames: judge one snapshot.
        List<PcmFrame> frames = List.copyOf(liveFrames);
        assertThat(frames).as("caller audio frames").isNotEmpty();
        assertThat(frames).allSatisfy(frame -> {
            assertThat(frame.sampleRate()).isEqualTo(PcmFrame.ENGINE_RATE);
            assertThat(frame.samples()).hasSize(320);
        });
        short[] all = concat(frames);
        double receivedMs = frames.size() * 20.0;
        double voicedMs = Levels.voicedMs(all, PcmFrame.ENGINE_RATE, SPEECH_THRESHOLD);
        double loudest = frames.stream().mapToDouble(frame -> Levels.rms(frame.samples())).max().orElse(0);
        System.out.printf("JVM received %.0f ms of caller audio, %.0f ms voiced (WAV: %.0f ms, %.0f ms voiced),"
                + " loudest frame RMS %.0f%n", receivedMs, voicedMs, speech.durationMs(),
                speech.voicedMs(SPEECH_THRESHOLD), loudest);
        assertThat(receivedMs).as("caller audio covers at least the speech once").isGreaterThan(speech.durationMs());
        assertThat(loudest).as("the caller's speech is clearly above silence").isGreaterThan(1500);
        assertThat(voicedMs).as("voiced audio received vs. %.0f ms voiced in the WAV", speech.voicedMs(SPEECH_THRESHOLD))
                .isGreaterThan(0.6 * speech.voicedMs(SPEECH_THRESHOLD));
    }

    private static short[] concat(List<PcmFrame> frames) {
        short[] all = new short[frames.size() * 320];
        for (int i = 0; i < frames.size(); i++) {
            System.arraycopy(frames.get(i).samples(), 0, all, i * 320, 320);
        }
        return all;
    }
}
