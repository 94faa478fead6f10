package io.parley.app.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionRecorder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The overview charts of a deployment: turns and latency percentiles per hour from the logged turn timelines (the
 * later timeline of a turn wins), interruptions, engine errors, and sessions the gateway refused.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeploymentOverviewTests {

    @LocalServerPort
    int port;
    @Autowired
    SessionRecorder recorder;
    ApiClient api;
    ApiClient.Tenant tenant;
    UUID deployment;
    UUID otherDeployment;
    final Instant t0 = Instant.parse("2026-10-05T08:00:00Z");

    @BeforeAll
    void traffic() {
        api = new ApiClient(port);
        tenant = api.signUp("overview");
        UUID agent = api.createAgent(tenant);
        deployment = api.createDeployment(tenant, agent, "web");
        otherDeployment = api.createDeployment(tenant, agent, "phone");
        // Hour 0: one call, turns of 400, 600 and 800 ms; turn 1 was first logged at 900 ms and then, after the
        // client's playback report, at 400 ms. Hour 2: one call, one turn of 1000 ms, an interruption, an error.
        call(deployment, t0.plusSeconds(60), List.of(
                timeline(1, 900, 700, 200), timeline(1, 400, 300, 100), timeline(2, 600, 450, 150),
                timeline(3, 800, 600, 200)), List.of());
        call(deployment, t0.plus(2, ChronoUnit.HOURS), List.of(timeline(1, 1000, 800, 200)), List.of(
                "interruption|{\"turnId\":1,\"outcome\":\"INTERRUPTED\",\"reason\":\"SPEECH\"}",
                "interruption|{\"turnId\":1,\"outcome\":\"IGNORED\",\"reason\":\"BACKCHANNEL\"}",
                "engine_error|{\"stage\":\"tts\",\"engine\":\"espeak\",\"message\":\"timed out\"}"));
        // Another deployment's call must not count.
        call(otherDeployment, t0.plusSeconds(120), List.of(timeline(1, 5000, 4000, 1000)), List.of());
    }

    private void call(UUID deploymentId, Instant start, List<String> timelines, List<String> others) {
        UUID session = UUID.randomUUID();
        recorder.open(session, tenant.workspaceId(), deploymentId, "websocket", start);
        List<InteractionEvent> events = new ArrayList<>();
        for (String payload : timelines) {
            events.add(new InteractionEvent(session, events.size() + 1, "turn_timeline", null,
                    start.plusSeconds(events.size() + 1), payload));
        }
        for (String other : others) {
            String[] typeAndPayload = other.split("\\|", 2);
            events.add(new InteractionEvent(session, events.size() + 1, typeAndPayload[0], 1,
                    start.plusSeconds(events.size() + 1), typeAndPayload[1]));
        }
        recorder.append(tenant.workspaceId(), events);
    }

    private static String timeline(int turnId, double voiceToVoice, double endOfTurn, double rest) {
        return """
                {"turnId":%d,"voiceToVoiceMs":%s,"budgetMs":1200,"gapsMs":{"user_speech_end->end_of_turn":%s,\
                "end_of_turn->first_audio_out":%s}}""".formatted(turnId, voiceToVoice, endOfTurn, rest);
    }

    private Map<?, ?> overview(UUID deploymentId, String query, int status) {
        return api.call(HttpMethod.GET, "/v1/workspaces/" + tenant.workspaceId() + "/deployments/" + deploymentId
                + "/overview" + query, tenant.token(), null, status);
    }

    @Test
    void bucketsTurnsLatencyInterruptionsAndErrorsByHour() {
        Map<?, ?> o = overview(deployment, "?from=" + t0 + "&to=" + t0.plus(3, ChronoUnit.HOURS)
                + "&bucketMinutes=60", 200);
        assertThat(o.get("latencyBudgetMs")).isNotNull();
        List<?> buckets = (List<?>) o.get("buckets");
        assertThat(buckets).hasSize(3);
        Map<?, ?> first = (Map<?, ?>) buckets.get(0);
        assertThat(first.get("start")).isEqualTo(t0.toString());
        assertThat(first.get("sessions")).isEqualTo(1);
        assertThat(first.get("turns")).isEqualTo(3);
        assertThat(percentile(first.get("voiceToVoiceMs"), "p50")).isEqualTo(600.0);
        assertThat(percentile(first.get("voiceToVoiceMs"), "p95")).isEqualTo(780.0);
        Map<?, ?> stages = (Map<?, ?>) first.get("stagesMs");
        assertThat(percentile(stages.get("user_speech_end->end_of_turn"), "p50")).isEqualTo(450.0);
        assertThat(percentile(stages.get("end_of_turn->first_audio_out"), "p50")).isEqualTo(150.0);

        Map<?, ?> empty = (Map<?, ?>) buckets.get(1);
        assertThat(empty.get("turns")).isEqualTo(0);
        assertThat(empty.get("voiceToVoiceMs")).isNull();

        Map<?, ?> third = (Map<?, ?>) buckets.get(2);
        assertThat(third.get("interruptions")).isEqualTo(1);
        assertThat(third.get("errors")).isEqualTo(1);

        Map<?, ?> totals = (Map<?, ?>) o.get("totals");
        assertThat(totals.get("sessions")).isEqualTo(2);
        assertThat(totals.get("turns")).isEqualTo(4);
        assertThat(percentile(totals.get("voiceToVoiceMs"), "p50")).isEqualTo(700.0);
    }

    @Test
    void countsSessionsTheGatewayRefused() {
        api.call(HttpMethod.PATCH, "/v1/workspaces/" + tenant.workspaceId(), tenant.token(),
                Map.of("concurrencyQuota", 1), 200);
        String secret = (String) api.createKey(tenant, "secret", List.of()).get("secret");
        Map<String, Object> body = Map.of("deploymentId", otherDeployment.toString());
        api.call(HttpMethod.POST, "/v1/sessions", secret, body, 201);
        api.call(HttpMethod.POST, "/v1/sessions", secret, body, 429);
        api.call(HttpMethod.POST, "/v1/sessions", secret, body, 429);

        Map<?, ?> lastDay = overview(otherDeployment, "", 200);
        assertThat(((Map<?, ?>) lastDay.get("totals")).get("refusedSessions")).isEqualTo(2);
        assertThat((List<?>) lastDay.get("buckets")).hasSize(24);
        Map<?, ?> untouched = overview(deployment, "", 200);
        assertThat(((Map<?, ?>) untouched.get("totals")).get("refusedSessions")).isEqualTo(0);
    }

    @Test
    void badWindowsAreExplained() {
        assertThat(overview(deployment, "?bucketMinutes=7", 400).get("detail"))
                .isEqualTo("bucketMinutes must be one of 5, 15, 60, 1440");
        assertThat(overview(deployment, "?from=" + t0 + "&to=" + t0, 400).get("detail"))
                .isEqualTo("to must be after from");
        assertThat(overview(deployment, "?from=2020-01-01T00:00:00Z&to=" + t0 + "&bucketMinutes=5", 400)
                .get("detail")).isEqualTo("to must be within 2000 buckets of from");
        overview(UUID.randomUUID(), "", 404);
    }

    private static Object percentile(Object percentiles, String name) {
        return ((Map<?, ?>) percentiles).get(name);
    }
}
