package io.parley.bench.load.node;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Sets a node up for a run through the /v1 API, as a tenant would: signs up an owner, raises the workspace's
 * concurrency quota, creates the harness's agent (a flow agent with long answers, so there is something to talk over)
 * on the chosen engines, a web deployment and a secret key.
 */
public final class Provisioning {

    static final String GREETING = "Hello, you have reached the Parley test line. I can tell you our opening hours, "
            + "describe the menu, or book you a table. What would you like to do today?";

    private Provisioning() {
    }

    /**
     * A fresh workspace on {@code api}'s node whose agent runs on {@code engines} ({@code stt}, {@code llm},
     * {@code tts}), with a web deployment whose preset {@code settings} override.
     */
    public static Tenancy provision(JsonHttp api, Map<String, Object> engines, Map<String, Object> settings,
                                    int quota) {
        String email = "load-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        JsonNode signup = api.post("/v1/auth/signup", null, Map.of("email", email, "name", "Load harness",
                "password", "load harness " + UUID.randomUUID())).expect(201, "signup").body();
        String token = signup.path("login").path("token").asString();
        String workspace = signup.path("workspace").path("id").asString();
        String base = "/v1/workspaces/" + workspace;
        api.patch(base, token, Map.of("concurrencyQuota", Math.min(10_000, Math.max(1, quota))))
                .expect(200, "workspace quota");
        String agent = api.post(base + "/agents", token, agent(engines)).expect(201, "agent").body()
                .path("id").asString();
        JsonNode deployment = api.post(base + "/deployments", token, Map.of("name", "Load test", "agentId", agent,
                "channel", "web", "settings", settings)).expect(201, "deployment").body();
        String secret = api.post(base + "/api-keys", token, Map.of("name", "load harness", "kind", "secret",
                "allowedOrigins", List.of())).expect(201, "secret key").body().path("secret").asString();
        return new Tenancy(workspace, deployment.path("id").asString(), secret, token, settings(deployment));
    }

    /** The deployment callers will call on a node someone else set up. */
    public static Tenancy existing(JsonHttp api, String workspaceId, String deploymentId, String secretKey) {
        JsonNode deployment = api.get("/v1/workspaces/" + workspaceId + "/deployments/" + deploymentId, secretKey)
                .expect(200, "deployment").body();
        return new Tenancy(workspaceId, deploymentId, secretKey, null, settings(deployment));
    }

    static Tenancy.DeploymentSettings settings(JsonNode deployment) {
        JsonNode s = deployment.path("settings");
        return new Tenancy.DeploymentSettings(s.path("silenceToEndTurnMs").asInt(), s.path("bargeInMinDurationMs").asInt(),
                s.path("bargeInMinWords").asInt(), s.path("deadAirTimeoutMs").asInt(), s.path("latencyBudgetMs").asInt());
    }

    static Map<String, Object> agent(Map<String, Object> engines) {
        return Map.of(
                "name", "Load harness line",
                "instructions", "You answer the phone for a small restaurant. Keep answers short.",
                "greeting", GREETING,
                "language", "en-US",
                "voice", "en-us",
                "engines", engines,
                "flow", Map.of(
                        "intents", List.of(
                                intent("opening_hours", List.of("what are your opening hours",
                                        "when are you open", "what are your opening hours on saturday",
                                        "are you open on saturday"),
                                        "On Saturday we open at noon and close at eleven in the evening. On weekdays "
                                                + "we open at five, and the kitchen takes last orders at ten fifteen."),
                                intent("menu", List.of("do you have vegetarian options",
                                        "do you have vegetarian options on the menu", "what is on the menu"),
                                        "Yes, about a third of the menu is vegetarian. There is a mushroom risotto, "
                                                + "a pumpkin ravioli, and most of the pasta can be made gluten free."),
                                intent("book_table", List.of("book a table", "I would like to book a table for two",
                                        "wait actually I would like to book a table for two"),
                                        "Of course. For two people I have a table at seven or at eight this "
                                                + "evening. Which one would you like?")),
                        "fallbackReply", "Sorry, I did not catch that. I can tell you our opening hours, "
                                + "describe the menu, or book you a table."));
    }

    private static Map<String, Object> intent(String name, List<String> examples, String reply) {
        return Map.of("name", name, "examples", examples, "reply", reply, "handoff", false);
    }
}
