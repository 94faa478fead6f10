package io.parley.app.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Sign-up, login (bearer and cookie), rate limiting, logout, roles and the first-start demo workspace. */
@ParleyIntegrationTest
class AccountsAndRolesTests {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aNewUserLogsInWithPasswordAndUsesTheTokenOrTheCookie() {
        ApiClient.Tenant t = api.signUp("owner");
        var result = api.http().post().uri("/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", t.email(), "password", ApiClient.PASSWORD))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult();
        String token = (String) result.getResponseBody().get("token");
        String cookie = result.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(cookie).contains("parley_session=" + token).contains("HttpOnly").contains("Secure")
                .contains("SameSite=Strict");

        Map<?, ?> me = api.call(HttpMethod.GET, "/v1/me", token, null, 200);
        assertThat(((Map<?, ?>) me.get("user")).get("email")).isEqualTo(t.email());
        api.http().get().uri("/v1/me").cookie("parley_session", token).exchange().expectStatus().isOk();
    }

    @Test
    void wrongPasswordsAreRefusedAndThenRateLimited() {
        ApiClient.Tenant t = api.signUp("guessed");
        for (int i = 0; i < 5; i++) {
            Map<?, ?> problem = api.call(HttpMethod.POST, "/v1/auth/login", null,
                    Map.of("email", t.email(), "password", "wrong password " + i), 401);
            assertThat(problem.get("detail")).isEqualTo("The email or password is wrong");
        }
        var limited = api.http().post().uri("/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", t.email(), "password", ApiClient.PASSWORD))
                .exchange().expectStatus().isEqualTo(429).expectBody(Map.class).returnResult();
        assertThat(limited.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat((String) limited.getResponseBody().get("detail")).contains("Too many failed login attempts");
    }

    @Test
    void logoutRevokesTheToken() {
        ApiClient.Tenant t = api.signUp("leaver");
        api.http().post().uri("/v1/auth/logout").headers(h -> h.setBearerAuth(t.token())).exchange()
                .expectStatus().isNoContent().expectHeader().value(HttpHeaders.SET_COOKIE, c -> assertThat(c).contains("Max-Age=0"));
        api.call(HttpMethod.GET, "/v1/me", t.token(), null, 401);
    }

    @Test
    void badSignUpsNameEveryBadFieldAndEmailsAreUnique() {
        Map<?, ?> problem = api.call(HttpMethod.POST, "/v1/auth/signup", null,
                Map.of("email", "not-an-email", "name", "X", "password", "short"), 400);
        assertThat((List<?>) problem.get("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
                .containsExactlyInAnyOrder("email", "password");
        ApiClient.Tenant t = api.signUp("taken");
        api.call(HttpMethod.POST, "/v1/auth/signup", null,
                Map.of("email", t.email().toUpperCase(), "name", "Y", "password", ApiClient.PASSWORD), 409);
    }

    @Test
    void viewersReadButCannotChangeAndTheLastOwnerStays() {
        ApiClient.Tenant owner = api.signUp("boss");
        ApiClient.Tenant viewer = api.signUp("reader");
        String ws = "/v1/workspaces/" + owner.workspaceId();
        api.call(HttpMethod.POST, ws + "/members", owner.token(), Map.of("email", viewer.email(), "role", "viewer"), 201);
        api.createAgent(owner);

        assertThat(api.list(ws + "/agents", viewer.token())).hasSize(1);
        Map<?, ?> refused = api.call(HttpMethod.POST, ws + "/agents", viewer.token(), Map.of("name", "Mine"), 403);
        assertThat((String) refused.get("detail")).contains("viewer");
        api.expect(HttpMethod.GET, ws + "/api-keys", viewer.token(), 403);
        assertThat(api.list(ws + "/agents", owner.token())).hasSize(1);

        Map<?, ?> lastOwner = api.call(HttpMethod.PATCH, ws + "/members/" + owner.userId(), owner.token(),
                Map.of("role", "admin"), 409);
        assertThat((String) lastOwner.get("detail")).contains("at least one owner");
    }

    @Test
    void secretKeysServeBackEndsUntilRevokedAndPublishableKeysOnlyOpenSessions() {
        ApiClient.Tenant t = api.signUp("backend");
        String ws = "/v1/workspaces/" + t.workspaceId();
        Map<?, ?> created = api.createKey(t, "secret", List.of());
        String secret = (String) created.get("secret");
        String keyId = (String) ((Map<?, ?>) created.get("key")).get("id");
        assertThat(secret).startsWith("sk_").hasSizeGreaterThan(40);

        api.call(HttpMethod.POST, ws + "/agents", secret, Map.of("name", "From the back end", "flow", ApiClient.FLOW),
                201);
        Map<?, ?> noFlow = api.call(HttpMethod.POST, ws + "/agents", secret, Map.of("name", "No flow"), 400);
        assertThat((String) noFlow.get("detail")).startsWith("flow is required when engines.llm is flow");
        api.expect(HttpMethod.GET, ws + "/members", secret, 200);
        api.expect(HttpMethod.GET, ws + "/api-keys", secret, 403);

        List<?> keys = api.list(ws + "/api-keys", t.token());
        Map<?, ?> listed = (Map<?, ?>) keys.getFirst();
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(listed.get("lastUsedAt")).isNotNull();

        api.call(HttpMethod.DELETE, ws + "/api-keys/" + keyId, t.token(), null, 200);
        api.expect(HttpMethod.GET, ws + "/agents", secret, 401);

        String publishable = (String) api.createKey(t, "publishable", List.of("https://shop.example.com"))
                .get("secret");
        api.expect(HttpMethod.GET, ws + "/agents", publishable, 401);
        api.call(HttpMethod.POST, ws + "/api-keys", t.token(),
                Map.of("name", "no origins", "kind", "publishable"), 400);
        Map<?, ?> badOrigin = api.call(HttpMethod.POST, ws + "/api-keys", t.token(),
                Map.of("name", "bad", "kind", "publishable", "allowedOrigins", List.of("https://shop.example.com/path")), 400);
        assertThat((String) badOrigin.get("detail")).contains("allowedOrigins");
    }

    @Test
    void theFirstStartCreatedADemoWorkspaceToLogInTo() {
        Map<?, ?> login = api.call(HttpMethod.POST, "/v1/auth/login", null,
                Map.of("email", "demo@parley.local", "password", "demo-password-for-tests"), 200);
        String token = (String) login.get("token");
        List<?> workspaces = api.list("/v1/workspaces", token);
        Map<?, ?> demo = (Map<?, ?>) workspaces.getFirst();
        assertThat(demo.get("name")).isEqualTo("Demo workspace");
        assertThat(api.list("/v1/workspaces/" + demo.get("id") + "/deployments", token)).hasSize(1);
    }

    @Test
    void unknownRoutesAndMethodsAnswerWithProblemDetails() {
        ApiClient.Tenant t = api.signUp("lost");
        var notFound = api.http().get().uri("/v1/nowhere").headers(h -> h.setBearerAuth(t.token())).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(notFound.get("detail")).isEqualTo("No resource at /v1/nowhere");
        api.call(HttpMethod.PUT, "/v1/workspaces/" + t.workspaceId() + "/sessions", t.token(), Map.of(), 405);
        Map<?, ?> badId = api.call(HttpMethod.GET, "/v1/workspaces/not-a-uuid/agents", t.token(), null, 400);
        assertThat(badId.get("detail")).isEqualTo("workspaceId must be a UUID");
    }
}
