package io.parley.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.app.media.webrtc.BrowserCaller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new tenant admin walks the dashboard the node serves, in Debian's headless Chromium (playwright-core, never a
 * downloaded browser) with espeak-ng speech as the microphone: sign up, create an agent and a deployment, change a
 * setting (a bad value is refused inline), create a publishable key, talk to the deployment from "Try it" through
 * the SDK, find the session with its latency waterfall in the logs and the deployment's overview charts, log out
 * and in again, and create and switch workspaces. Screenshots of the main pages land in
 * {@code target/screenshots/}.
 */
@ParleyIntegrationTest
class DashboardBrowserTests {

    private static final Path BROWSER_DIR = Path.of("src/test/browser");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final long WALK_TIMEOUT_SECONDS = 300;

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @Test
    void anAdminBuildsTalksToAndInspectsADeploymentFromTheDashboard() throws Exception {
        BrowserCaller.assumeBrowserAvailable();
        assumeTrue(new ClassPathResource("dashboard/index.html").exists(),
                "the dashboard was not built (-Dparley.frontend.skip=true); skipping the dashboard browser test");
        BrowserCaller.ensurePlaywright();
        Path microphone = SpeechWav.withPauses(BrowserCaller.speechWav(dir, "When are you open?"), 4);

        JsonNode walk = walk("http://localhost:" + port, microphone);

        assertThat(walk.path("refusedMessage").asString()).as("the refused setting is explained at its field")
                .isEqualTo("must be between 100 and 5000 ms");
        assertThat(walk.path("savedSilence").asString()).isEqualTo("600");
        String workspaceId = walk.path("workspaceId").asString();
        String deploymentId = walk.path("deploymentId").asString();
        assertThat(walk.path("snippet").asString()).contains("deploymentId: '" + deploymentId + "'")
                .contains("publishableKey: '" + walk.path("publishableKey").asString() + "'");
        assertThat(texts(walk.path("tryItTranscript"))).as("the live transcript in Try it")
                .anySatisfy(line -> assertThat(line).startsWith("You").containsIgnoringCase("open"))
                .anySatisfy(line -> assertThat(line).startsWith("Agent · turn"));
        assertThat(walk.path("tryItTurn").asString()).as("a spoken turn's latency in Try it").matches("Turn \\d+.* ms");

        ApiClient api = new ApiClient(port);
        String token = (String) api.call(HttpMethod.POST, "/v1/auth/login", null, Map.of(
                "email", walk.path("email").asString(), "password", walk.path("password").asString()), 200)
                .get("token");
        Map<?, ?> deployment = api.call(HttpMethod.GET, "/v1/workspaces/" + workspaceId + "/deployments/"
                + deploymentId, token, null, 200);
        assertThat(((Map<?, ?>) deployment.get("settings")).get("silenceToEndTurnMs")).isEqualTo(600);

        Map<?, ?> session = api.call(HttpMethod.GET, "/v1/workspaces/" + workspaceId + "/sessions/"
                + walk.path("sessionId").asString(), token, null, 200);
        assertThat(session.get("deploymentId")).isEqualTo(deploymentId);
        assertThat((Integer) session.get("turns")).as("the greeting and the answer").isGreaterThanOrEqualTo(2);
        assertThat(walk.path("waterfallHead").asString()).contains("voice-to-voice").contains("budget 1200 ms");
        assertThat(walk.path("waterfallBars").asInt()).as("one bar per stage of the spoken turn")
                .isGreaterThanOrEqualTo(5);
        assertThat(texts(walk.path("sessionTranscript")))
                .anySatisfy(line -> assertThat(line).contains("Generated").contains("Spoken"));

        assertThat(walk.path("overviewCharts").asInt()).as("turns, voice-to-voice, per stage, failures").isEqualTo(4);
        assertThat(walk.path("secondWorkspaceId").asString()).isNotBlank().isNotEqualTo(workspaceId);
        assertThat(texts(walk.path("workspaces"))).contains("Acme Support", "Acme Sales");

        for (String page : List.of("01-sign-up", "02-agent-new", "02-agents", "03-deployments",
                "04-deployment-settings-refused", "05-workspace-settings", "06-snippets", "07-try-it", "08-sessions",
                "09-session", "10-overview", "11-login")) {
            assertThat(SCREENSHOTS.resolve(page + ".png")).isNotEmptyFile();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** Runs dashboard.mjs and returns what it saw; the browser is bounded by a timeout. */
    private static JsonNode walk(String baseUrl, Path microphone) throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        Path log = Files.createTempFile("parley-dashboard-", ".log");
        Path out = Files.createTempFile("parley-dashboard-", ".json");
        // Both streams go to files, so a hung browser cannot block this thread past the timeout.
        Process node = new ProcessBuilder("node", BROWSER_DIR.resolve("dashboard.mjs").toAbsolutePath().toString(),
                baseUrl, microphone.toAbsolutePath().toString(), SCREENSHOTS.toAbsolutePath().toString())
                .directory(BROWSER_DIR.toFile()).redirectError(log.toFile()).redirectOutput(out.toFile()).start();
        node.getOutputStream().close();
        boolean finished = node.waitFor(WALK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        String browserLog = Files.readString(log);
        Files.deleteIfExists(log);
        assertThat(finished).as("the dashboard walk finished within %d s; log:%n%s", WALK_TIMEOUT_SECONDS, browserLog)
                .isTrue();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        String lastLine = stdout.strip().lines()
                .reduce((first, second) -> second).orElse("{}");
        JsonNode result = JsonMapper.builder().build().readTree(lastLine);
        assertThat(result.has("error")).as("the walk failed after %s: %s%nscreenshot: %s%nbrowser log:%n%s",
                result.path("steps"), result.path("error"), SCREENSHOTS.resolve("failure.png"), browserLog).isFalse();
        return result;
    }
}
