package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two browsers call the same node at once, and the agent answers each at its own pitch: each browser hears its own
 * agent and nothing of the other call, and each call's frames carry its own caller.
 */
class ConcurrentCallsTests {

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
    void twoSimultaneousCallsStayApart(@TempDir Path temp) throws Exception {
        Path wav = BrowserCaller.speechWav(temp, BrowserCallTests.SPEECH);
        ExecutorService browsers = Executors.newVirtualThreadPerTaskExecutor();
        try (browsers;
             TestSignalingServer low = new TestSignalingServer(plane, List.of(), List.of(), false, 440);
             TestSignalingServer high = new TestSignalingServer(plane, List.of(), List.of(), false, 880)) {
            CompletableFuture<JsonNode> lowCall = CompletableFuture.supplyAsync(() -> call(low, wav), browsers);
            CompletableFuture<JsonNode> highCall = CompletableFuture.supplyAsync(() -> call(high, wav), browsers);
            JsonNode lowResult = lowCall.get(150, TimeUnit.SECONDS);
            JsonNode highResult = highCall.get(150, TimeUnit.SECONDS);
            System.out.println("concurrent calls measured: 440 Hz call " + lowResult.path("agent")
                    + ", 880 Hz call " + highResult.path("agent"));

            BrowserCallTests.assertBrowserHeardTheAgentOnly(lowResult, 440);
            BrowserCallTests.assertBrowserHeardTheAgentOnly(highResult, 880);
            assertThat(lowResult.path("agent").path("db880").asDouble())
                    .as("the 440 Hz caller hears nothing of the 880 Hz call: %s", lowResult.path("agent"))
                    .isLessThan(lowResult.path("agent").path("db440").asDouble() - 40);
            assertThat(highResult.path("agent").path("db440").asDouble())
                    .as("the 880 Hz caller hears nothing of the 440 Hz call: %s", highResult.path("agent"))
                    .isLessThan(highResult.path("agent").path("db880").asDouble() - 40);
            BrowserCallTests.assertJvmHeardTheCaller(low.callerFrames(), Wav.read(wav));
            BrowserCallTests.assertJvmHeardTheCaller(high.callerFrames(), Wav.read(wav));
        }
    }

    private static JsonNode call(TestSignalingServer signaling, Path wav) {
        try {
            return BrowserCaller.call(signaling.url(), wav);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
