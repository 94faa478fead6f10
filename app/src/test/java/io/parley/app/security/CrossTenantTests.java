package io.parley.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionRecorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Tenant isolation, tried for real: tenant A, holding valid credentials of its own (a login and a secret key),
 * calls every workspace endpoint with the ids of tenant B's objects. Every call must answer 403 or 404, and
 * afterwards B's objects must be exactly as before. A new endpoint that is missing from {@link #CASES} fails
 * {@link #everyWorkspaceEndpointIsTried()}.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantTests {

    record Case(HttpMethod method, String pattern, Object body) {
        String key() {
            return method.name() + " " + pattern;
        }
    }

    private static final String WS = "/v1/workspaces/{workspaceId}";
    static final List<Case> CASES = List.of(
            new Case(HttpMethod.GET, WS, null),
            new Case(HttpMethod.PATCH, WS, Map.of("name", "pwned")),
            new Case(HttpMethod.GET, WS + "/members", null),
            new Case(HttpMethod.POST, WS + "/members", Map.of("email", "{attackerEmail}", "role", "owner")),
            new Case(HttpMethod.PATCH, WS + "/members/{userId}", Map.of("role", "viewer")),
            new Case(HttpMethod.DELETE, WS + "/members/{userId}", null),
            new Case(HttpMethod.GET, WS + "/api-keys", null),
            new Case(HttpMethod.POST, WS + "/api-keys", Map.of("name", "x", "kind", "secret")),
            new Case(HttpMethod.DELETE, WS + "/api-keys/{keyId}", null),
            new Case(HttpMethod.GET, WS + "/agents", null),
            new Case(HttpMethod.POST, WS + "/agents", Map.of("name", "evil")),
            new Case(HttpMethod.GET, WS + "/agents/{agentId}", null),
            new Case(HttpMethod.PUT, WS + "/agents/{agentId}", Map.of("name", "evil")),
            new Case(HttpMethod.DELETE, WS + "/agents/{agentId}", null),
            new Case(HttpMethod.GET, WS + "/deployments", null),
            new Case(HttpMethod.POST, WS + "/deployments", Map.of("name", "evil", "agentId", "{agentId}", "channel", "web")),
            new Case(HttpMethod.GET, WS + "/deployments/{deploymentId}", null),
            new Case(HttpMethod.PATCH, WS + "/deployments/{deploymentId}", Map.of("settings", Map.of("minSpeechMs", 1999))),
            new Case(HttpMethod.GET, WS + "/deployments/{deploymentId}/overview", null),
            new Case(HttpMethod.DELETE, WS + "/deployments/{deploymentId}", null),
            new Case(HttpMethod.GET, WS + "/sessions", null),
            new Case(HttpMethod.GET, WS + "/sessions/{sessionId}", null),
            new Case(HttpMethod.GET, WS + "/sessions/{sessionId}/events", null),
            new Case(HttpMethod.GET, WS + "/audit-log", null),
            new Case(HttpMethod.POST, "/v1/sessions", Map.of("deploymentId", "{deploymentId}",
                    "workspaceId", "{workspaceId}")));

    /** Endpoints that take no workspace id: they only ever show the caller's own data (checked below). */
    static final Set<String> NOT_WORKSPACE_SCOPED = Set.of(
            "POST /v1/auth/signup", "POST /v1/auth/login", "POST /v1/auth/logout", "GET /v1/me",
            "GET /v1/workspaces", "POST /v1/workspaces", "GET /v1/deployment-presets");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    SessionRecorder recorder;

    ApiClient api;
    ApiClient.Tenant attacker;
    String attackerSecretKey;
    ApiClient.Tenant victim;
    Map<String, String> victimIds;

    @BeforeAll
    void twoTenants() {
        api = new ApiClient(port);
        attacker = api.signUp("attacker");
        attackerSecretKey = (String) api.createKey(attacker, "secret", List.of()).get("secret");
        victim = api.signUp("victim");
        ApiClient.Tenant colleague = api.signUp("colleague");
        api.call(HttpMethod.POST, "/v1/workspaces/" + victim.workspaceId() + "/members", victim.token(),
                Map.of("email", colleague.email(), "role", "viewer"), 201);
        UUID agentId = api.createAgent(victim);
        UUID deploymentId = api.createDeployment(victim, agentId, "web");
        Map<?, ?> key = api.createKey(victim, "publishable", List.of("https://shop.example.com"));
        UUID sessionId = UUID.randomUUID();
        recorder.open(sessionId, victim.workspaceId(), deploymentId, "websocket", Instant.now());
        recorder.append(victim.workspaceId(), List.of(new InteractionEvent(sessionId, 1, "user.transcript", 1,
                Instant.now(), "{\"text\":\"my card number is secret\"}")));
        victimIds = Map.of(
                "workspaceId", victim.workspaceId().toString(),
                "userId", colleague.userId().toString(),
                "keyId", (String) ((Map<?, ?>) key.get("key")).get("id"),
                "agentId", agentId.toString(),
                "deploymentId", deploymentId.toString(),
                "sessionId", sessionId.toString(),
                "attackerEmail", attacker.email());
    }

    @Test
    void everyWorkspaceEndpointIsTried() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns().forEach(p ->
                info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p.getPatternString()))));
        Set<String> tried = new TreeSet<>(NOT_WORKSPACE_SCOPED);
        CASES.forEach(c -> tried.add(c.key()));
        Set<String> apiEndpoints = new TreeSet<>(served.stream().filter(e -> e.contains(" /v1/")).toList());
        assertThat(tried).containsAll(apiEndpoints);
    }

    @Test
    void anotherTenantsLoginCanNeitherReadNorChangeAnything() {
        assertIsolated(attacker.token());
    }

    @Test
    void anotherTenantsSecretKeyCanNeitherReadNorChangeAnything() {
        assertIsolated(attackerSecretKey);
    }

    @Test
    void listsShowOnlyTheCallersOwnWorkspaces() {
        List<?> workspaces = api.list("/v1/workspaces", attacker.token());
        assertThat(workspaces).extracting(w -> (Object) ((Map<?, ?>) w).get("id"))
                .containsExactly(attacker.workspaceId().toString());
        List<?> viaKey = api.list("/v1/workspaces", attackerSecretKey);
        assertThat(viaKey).extracting(w -> (Object) ((Map<?, ?>) w).get("id"))
                .containsExactly(attacker.workspaceId().toString());
    }

    private void assertIsolated(String credential) {
        Map<String, Object> before = victimState();
        List<String> leaks = new ArrayList<>();
        for (Case c : CASES) {
            String path = fill(c.pattern());
            int status = api.http().method(c.method()).uri(path).headers(h -> h.setBearerAuth(credential))
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .bodyValue(c.body() == null ? Map.of() : fillBody(c.body()))
                    .exchange().returnResult(byte[].class).getStatus().value();
            if (status != 403 && status != 404) {
                leaks.add(c.key() + " answered " + status);
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(victimState()).isEqualTo(before);
    }

    private Map<String, Object> victimState() {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String path : List.of(WS, WS + "/members", WS + "/api-keys", WS + "/agents/{agentId}",
                WS + "/deployments", WS + "/sessions", WS + "/sessions/{sessionId}/events", WS + "/audit-log")) {
            state.put(path, api.http().get().uri(fill(path)).headers(h -> h.setBearerAuth(victim.token()))
                    .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        }
        return state;
    }

    private String fill(String template) {
        String result = template;
        for (var e : victimIds.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    private Object fillBody(Object body) {
        Map<String, Object> filled = new HashMap<>();
        ((Map<?, ?>) body).forEach((k, v) -> filled.put((String) k, v instanceof String s ? fill(s) : v));
        return filled;
    }
}
