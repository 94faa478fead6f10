package io.parley.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Talks to a running node over real HTTP, the way a dashboard or a tenant back end would. */
public final class ApiClient {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    public static final String PASSWORD = "correct horse battery";
    /** The smallest useful flow: one question the agent can answer. */
    public static final Map<String, Object> FLOW = Map.of("intents", List.of(Map.of("name", "opening_hours",
            "examples", List.of("when are you open", "what are your opening hours"),
            "reply", "We are open from nine to five, Monday to Friday.")));

    private final WebTestClient http;

    public ApiClient(int port) {
        this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(90)).build();
    }

    public WebTestClient http() {
        return http;
    }

    /** A freshly signed-up tenant: its owner's token and first workspace. */
    public record Tenant(String email, String token, UUID userId, UUID workspaceId) {
    }

    public Tenant signUp(String label) {
        String email = label + "-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com";
        Map<?, ?> body = http.post().uri("/v1/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "name", label, "password", PASSWORD))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> login = (Map<?, ?>) body.get("login");
        Map<?, ?> user = (Map<?, ?>) login.get("user");
        Map<?, ?> workspace = (Map<?, ?>) body.get("workspace");
        return new Tenant(email, (String) login.get("token"), UUID.fromString((String) user.get("id")),
                UUID.fromString((String) workspace.get("id")));
    }

    public Map<?, ?> call(HttpMethod method, String path, String token, Object body, int expectedStatus) {
        return exchange(method, path, token, body).expectStatus().isEqualTo(expectedStatus).expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    /** Checks only the status, for endpoints that answer with a list or nothing. */
    public void expect(HttpMethod method, String path, String token, int expectedStatus) {
        exchange(method, path, token, null).expectStatus().isEqualTo(expectedStatus);
    }

    private WebTestClient.ResponseSpec exchange(HttpMethod method, String path, String token, Object body) {
        var spec = http.method(method).uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        });
        return body == null ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public List<?> list(String path, String token) {
        return http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    public UUID createAgent(Tenant t) {
        Map<?, ?> agent = call(HttpMethod.POST, "/v1/workspaces/" + t.workspaceId() + "/agents", t.token(),
                Map.of("name", "Front desk", "instructions", "Be brief.", "greeting", "Hello!", "flow", FLOW), 201);
        return UUID.fromString((String) agent.get("id"));
    }

    public UUID createDeployment(Tenant t, UUID agentId, String channel) {
        Map<?, ?> deployment = call(HttpMethod.POST, "/v1/workspaces/" + t.workspaceId() + "/deployments", t.token(),
                Map.of("name", "Website", "agentId", agentId.toString(), "channel", channel,
                        "allowedOrigins", List.of("https://shop.example.com")), 201);
        return UUID.fromString((String) deployment.get("id"));
    }

    /** Creates a key and returns the creation response (with the one-time secret). */
    public Map<?, ?> createKey(Tenant t, String kind, List<String> origins) {
        return call(HttpMethod.POST, "/v1/workspaces/" + t.workspaceId() + "/api-keys", t.token(),
                Map.of("name", kind + " key", "kind", kind, "allowedOrigins", origins), 201);
    }
}
