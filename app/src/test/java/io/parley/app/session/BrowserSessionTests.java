package io.parley.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.app.media.webrtc.BrowserCaller;
import io.parley.voice.agent.AgentConfigs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * Headless Chromium calls a deployment over embedded WebRTC through the real session protocol (a fake microphone
 * playing espeak-ng speech), hears the agent, and closes the turn's timeline with its own playback report.
 */
@ParleyIntegrationTest
class BrowserSessionTests {

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @Test
    void aBrowserHearsTheAgentOverWebRtcAndReportsPlayback() throws Exception {
        BrowserCaller.assumeBrowserAvailable();
        BrowserCaller.ensurePlaywright();
        ApiClient api = new ApiClient(port);
        ApiClient.Tenant tenant = api.signUp("browser");
        Map<?, ?> agent = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/agents",
                tenant.token(), AgentConfigs.bookingSample(), 201);
        Map<?, ?> deployment = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/deployments",
                tenant.token(), Map.of("name", "Site", "agentId", agent.get("id"), "channel", "web"), 201);
        Map<?, ?> offer = api.call(HttpMethod.POST, "/v1/sessions", tenant.token(), Map.of(
                "deploymentId", deployment.get("id"), "workspaceId", tenant.workspaceId().toString()), 201);
        String signaling = offer.get("signalingUrl") + "?token=" + offer.get("token");

        JsonNode result = BrowserCaller.call("http://localhost:" + port + "/session-call.html#"
                + URLEncoder.encode(signaling, StandardCharsets.UTF_8), BrowserCaller.speechWav(dir, "Hello there."));

        List<JsonNode> events = new ArrayList<>();
        result.path("events").forEach(events::add);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("type").asString()).isEqualTo("session_started");
            assertThat(e.path("transport").asString()).isEqualTo("webrtc");
        });
        // The page hangs up as soon as its playback report closes the timeline, so it hears only the greeting's
        // first frames: above the page's own "audio is playing" level (0.01), where silence is about 0.
        assertThat(result.path("maxRms").asDouble()).as("the agent's greeting was heard").isGreaterThan(0.01);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("type").asString()).isEqualTo("turn_timeline");
            assertThat(e.path("marksMs").has("client_playback_start")).isTrue();
            assertThat(e.path("marksMs").has("first_audio_out")).isTrue();
        });
        assertThat(events).anySatisfy(e -> assertThat(e.path("type").asString()).isEqualTo("session_ended"));
    }
}
