package io.parley.app.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.app.media.webrtc.BrowserCaller;
import io.parley.voice.agent.AgentConfigs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each SDK binding (plain JavaScript on the core, React, Svelte, Vue) completes a real turn from Chromium: the page,
 * served from its own origin, opens a session with a publishable key, the fake microphone asks for a table, and the
 * binding's state shows the caller's words, the agent's reply and the turn's latency, closed by the SDK's own
 * playback report. WebRTC and the WebSocket PCM transport each carry two of the calls; a fifth call loses its
 * network once connected and must come back to the same session on its own.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkBrowserTests {

    @LocalServerPort
    int port;
    SdkPages pages;
    PagesBrowser browser;
    String deploymentId;
    String publishableKey;
    String elsewhereKey;
    Path temp;

    @BeforeAll
    void deploymentAndBrowser() throws Exception {
        BrowserCaller.assumeBrowserAvailable();
        BrowserCaller.ensurePlaywright();
        SdkPages.ensureBuilt();
        pages = SdkPages.serve();

        ApiClient api = new ApiClient(port);
        ApiClient.Tenant tenant = api.signUp("sdk");
        @SuppressWarnings("unchecked")
        Map<String, Object> agent = JsonMapper.builder().build().convertValue(AgentConfigs.bookingSample(), Map.class);
        // No greeting: the caller speaks first, so the question never talks over the agent.
        agent.put("greeting", "");
        Map<?, ?> created = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/agents",
                tenant.token(), agent, 201);
        Map<?, ?> deployment = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/deployments",
                tenant.token(), Map.of("name", "Website", "agentId", created.get("id"), "channel", "web",
                        // The offline recogniser on a busy test machine needs more than the default dead-air budget.
                        "settings", Map.of("deadAirTimeoutMs", 15000)), 201);
        deploymentId = (String) deployment.get("id");
        publishableKey = (String) api.createKey(tenant, "publishable", List.of(pages.origin())).get("secret");
        elsewhereKey = (String) api.createKey(tenant, "publishable", List.of("https://shop.example.com")).get("secret");

        temp = Files.createTempDirectory("parley-sdk-");
        browser = PagesBrowser.launch(CallerSpeech.write(temp, "Book a table.", 2500, 12000));
    }

    @AfterAll
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (pages != null) {
            pages.close();
        }
        if (temp != null) {
            try (var files = Files.list(temp)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(temp);
        }
    }

    @Test
    void aKeyForAnotherSiteIsRefusedAndThePageSaysWhy() throws Exception {
        JsonNode result = browser.run(url("core", "auto", elsewhereKey));
        System.out.println("refused page: " + result);
        JsonNode state = result.path("state");
        assertThat(state.path("connection").asString()).as("the page's call: %s", result).isEqualTo("failed");
        assertThat(state.path("sessionId").isNull()).as("no session was opened").isTrue();
        assertThat(state.path("error").path("code").asString()).as("the 401 refusal, typed").isEqualTo("unauthorized");
        assertThat(state.path("error").path("message").asString())
                .as("the problem detail, read across origins, names the page's real origin").contains(pages.origin());
        assertThat(result.path("error").asString()).as("the page reports the failure").contains("the call failed");
    }

    @Test
    void plainJavaScriptOnTheCoreCompletesATurnOverWebRtc() throws Exception {
        assertCompletedTurn(talk("core", "auto"), "core", "webrtc");
    }

    @Test
    void reactCompletesATurnOverTheWebSocketTransport() throws Exception {
        assertCompletedTurn(talk("react", "websocket"), "react", "websocket");
    }

    @Test
    void svelteCompletesATurnOverWebRtc() throws Exception {
        assertCompletedTurn(talk("svelte", "webrtc"), "svelte", "webrtc");
    }

    @Test
    void vueCompletesATurnOverTheWebSocketTransport() throws Exception {
        assertCompletedTurn(talk("vue", "websocket"), "vue", "websocket");
    }

    @Test
    void aCallWhoseNetworkDropsComesBackToTheSameSessionAndCompletesItsTurn() throws Exception {
        JsonNode result = talk("core", "auto&drop=1");
        assertCompletedTurn(result, "core", "webrtc");
        List<String> connections = new ArrayList<>();
        result.path("reconnect").path("connections").forEach(c -> connections.add(c.asString()));
        assertThat(connections).as("the page saw the drop and the way back").containsSubsequence(
                "connected", "reconnecting", "connected");
        List<JsonNode> starts = new ArrayList<>();
        result.path("reconnect").path("starts").forEach(starts::add);
        assertThat(starts).as("session_started events: %s", starts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(starts.getFirst().path("resumed").asBoolean()).isFalse();
        assertThat(starts.get(1).path("resumed").asBoolean()).as("the second connection resumed the call").isTrue();
        assertThat(starts).extracting(s -> s.path("sessionId").asString()).containsOnly(
                result.path("state").path("sessionId").asString());
    }

    private JsonNode talk(String binding, String transport) throws Exception {
        String url = url(binding, transport, publishableKey);
        long started = System.nanoTime();
        JsonNode result = browser.run(url);
        System.out.printf("%s page (%d ms): %s%n", binding, (System.nanoTime() - started) / 1_000_000, result);
        assertThat(result.has("error")).as("the %s page failed: %s%nbrowser log:%n%s", binding, result, browser.log())
                .isFalse();
        return result;
    }

    private String url(String binding, String transport, String key) {
        return pages.origin() + "/" + binding + ".html?baseUrl=" + encode("http://127.0.0.1:" + port)
                + "&deploymentId=" + encode(deploymentId) + "&publishableKey=" + encode(key) + "&transport=" + transport;
    }

    private static void assertCompletedTurn(JsonNode result, String binding, String transport) {
        JsonNode state = result.path("state");
        assertThat(result.path("binding").asString()).isEqualTo(binding);
        assertThat(state.path("transport").asString()).as("the transport the call used").isEqualTo(transport);
        assertThat(state.path("sessionId").asString()).as("the session id").hasSize(36);

        List<JsonNode> transcript = new ArrayList<>();
        state.path("transcript").forEach(transcript::add);
        assertThat(transcript).as("the caller's words, recognised").anySatisfy(line -> {
            assertThat(line.path("role").asString()).isEqualTo("user");
            assertThat(line.path("final").asBoolean()).isTrue();
            assertThat(line.path("text").asString()).isNotBlank();
        });
        assertThat(transcript).as("the agent's reply, as spoken").anySatisfy(line -> {
            assertThat(line.path("role").asString()).isEqualTo("agent");
            assertThat(line.path("final").asBoolean()).isTrue();
            assertThat(line.path("text").asString()).isNotBlank();
        });

        List<JsonNode> turns = new ArrayList<>();
        state.path("turns").forEach(turns::add);
        assertThat(turns).as("a turn with its voice-to-voice latency, closed by the page's playback report")
                .anySatisfy(turn -> {
                    assertThat(turn.path("voiceToVoiceMs").asDouble()).isPositive();
                    assertThat(turn.path("playbackReported").asBoolean()).isTrue();
                    assertThat(turn.path("marksMs").has("client_playback_start")).isTrue();
                    assertThat(turn.path("budgetMs").asLong()).isPositive();
                });
        String agentReply = transcript.stream().filter(line -> "agent".equals(line.path("role").asString()))
                .map(line -> line.path("text").asString()).findFirst().orElseThrow();
        assertThat(result.path("rendered").asString()).as("the page shows the reply through its binding")
                .contains(agentReply);
        assertThat(result.path("finalConnection").asString()).as("the page hung up cleanly").isEqualTo("ended");
        JsonNode left = result.path("leftovers");
        assertThat(left.path("audioContextsCreated").asInt()).as("the call played audio: %s", left).isPositive();
        assertThat(List.of(left.path("audioContextsOpen").asInt(), left.path("microphoneTracksLive").asInt(),
                left.path("peerConnectionsOpen").asInt(), left.path("socketsOpen").asInt()))
                .as("after the call: audio contexts, microphone tracks, peer connections, sockets still open: %s", left)
                .containsOnly(0);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
