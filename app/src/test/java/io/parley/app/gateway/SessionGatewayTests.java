package io.parley.app.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.app.media.webrtc.TurnCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Who may open a session, what they get back, and refusals at the workspace's quota. */
@ParleyIntegrationTest
class SessionGatewayTests {

    @LocalServerPort
    int port;
    @Autowired
    SessionTokens tokens;
    ApiClient api;
    ApiClient.Tenant tenant;
    UUID deploymentId;

    @BeforeEach
    void deployment() {
        api = new ApiClient(port);
        tenant = api.signUp("gateway");
        deploymentId = api.createDeployment(tenant, api.createAgent(tenant), "web");
    }

    private Map<?, ?> open(String credential, String origin, Map<String, Object> body, int status) {
        return api.http().post().uri("/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    h.setBearerAuth(credential);
                    if (origin != null) {
                        h.set(HttpHeaders.ORIGIN, origin);
                    }
                })
                .bodyValue(body).exchange().expectStatus().isEqualTo(status).expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    @Test
    void aBackEndGetsATokenTransportsAndEphemeralTurnCredentials() {
        String secret = (String) api.createKey(tenant, "secret", List.of()).get("secret");
        Map<?, ?> offer = open(secret, null, Map.of("deploymentId", deploymentId.toString()), 201);

        SessionGrant grant = tokens.verify((String) offer.get("token"));
        assertThat(grant.sessionId().toString()).isEqualTo(offer.get("sessionId"));
        assertThat(grant.deploymentId()).isEqualTo(deploymentId);
        assertThat((String) offer.get("signalingUrl")).isEqualTo("ws://localhost:" + port + "/v1/sessions/"
                + grant.sessionId() + "/ws");
        assertThat(offer.get("transports")).isEqualTo(List.of("webrtc", "websocket"));
        Map<?, ?> turn = (Map<?, ?>) ((List<?>) offer.get("iceServers")).get(1);
        String username = (String) turn.get("username");
        assertThat(username).matches("\\d+:" + grant.sessionId());
        assertThat(turn.get("credential")).isEqualTo(new TurnCredentials("coturn-shared-secret-for-tests",
                Duration.ofHours(1), Clock.systemUTC()).credentialFor(username));

        Map<?, ?> sessions = api.call(HttpMethod.GET, "/v1/workspaces/" + tenant.workspaceId() + "/sessions",
                tenant.token(), null, 200);
        assertThat(sessions.get("total")).isEqualTo(1);
    }

    @Test
    void aBrowserKeyWorksOnlyFromItsAllowedOrigins() {
        String publishable = (String) api.createKey(tenant, "publishable", List.of("https://shop.example.com"))
                .get("secret");
        open(publishable, "https://shop.example.com", Map.of("deploymentId", deploymentId.toString()), 201);
        Map<?, ?> refused = open(publishable, "https://evil.example.net",
                Map.of("deploymentId", deploymentId.toString()), 401);
        assertThat((String) refused.get("detail")).contains("https://evil.example.net");

        api.http().options().uri("/v1/sessions").header(HttpHeaders.ORIGIN, "https://shop.example.com")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://shop.example.com");
    }

    @Test
    void anAdminTriesADeploymentOfTheirWorkspace() {
        open(tenant.token(), null, Map.of("deploymentId", deploymentId.toString(),
                "workspaceId", tenant.workspaceId().toString()), 201);
        Map<?, ?> missing = open(tenant.token(), null, Map.of("deploymentId", deploymentId.toString()), 400);
        assertThat(missing.get("detail")).isEqualTo("workspaceId is required when signed in to the dashboard");
        open(tenant.token(), null, Map.of("deploymentId", UUID.randomUUID().toString(),
                "workspaceId", tenant.workspaceId().toString()), 404);
    }

    @Test
    void theWorkspaceQuotaRefusesTheNextSessionWithAReason() {
        api.call(HttpMethod.PATCH, "/v1/workspaces/" + tenant.workspaceId(), tenant.token(),
                Map.of("concurrencyQuota", 2), 200);
        String secret = (String) api.createKey(tenant, "secret", List.of()).get("secret");
        Map<String, Object> body = Map.of("deploymentId", deploymentId.toString());
        open(secret, null, body, 201);
        open(secret, null, body, 201);

        var refused = api.http().post().uri("/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(secret)).bodyValue(body).exchange()
                .expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(refused.get("reason")).isEqualTo("workspace_quota");
        assertThat((String) refused.get("detail")).contains("2 live sessions");
    }

    @Test
    void noCredentialOrABadBodyIsExplained() {
        api.http().post().uri("/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("deploymentId", deploymentId.toString())).exchange().expectStatus().isUnauthorized();
        String secret = (String) api.createKey(tenant, "secret", List.of()).get("secret");
        Map<?, ?> noDeployment = open(secret, null, Map.of(), 400);
        assertThat(noDeployment.get("detail")).isEqualTo("deploymentId is required");
    }
}
