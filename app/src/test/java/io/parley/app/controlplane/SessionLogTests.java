package io.parley.app.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionOutcome;
import io.parley.tenant.session.SessionRecorder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Sessions and interaction events as the engine writes them, read back paginated and filtered. */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionLogTests {

    @LocalServerPort
    int port;
    @Autowired
    SessionRecorder recorder;
    ApiClient api;
    ApiClient.Tenant tenant;
    UUID web;
    UUID phone;
    UUID longCall;
    final Instant t0 = Instant.parse("2026-11-01T10:00:00Z");

    @BeforeAll
    void calls() {
        api = new ApiClient(port);
        tenant = api.signUp("logs");
        UUID agent = api.createAgent(tenant);
        web = api.createDeployment(tenant, agent, "web");
        phone = api.createDeployment(tenant, agent, "phone");
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            UUID deployment = i % 2 == 0 ? web : phone;
            recorder.open(id, tenant.workspaceId(), deployment, "websocket", t0.plus(i, ChronoUnit.HOURS));
            recorder.close(tenant.workspaceId(), id, i == 4 ? SessionOutcome.FAILED : SessionOutcome.COMPLETED,
                    i == 4 ? "stt unavailable" : "caller hung up", t0.plus(i, ChronoUnit.HOURS).plusSeconds(60), 3, 1,
                    i == 4 ? 1 : 0);
            if (i == 0) {
                longCall = id;
            }
        }
        List<InteractionEvent> events = IntStream.rangeClosed(1, 30).mapToObj(seq -> new InteractionEvent(longCall,
                seq, seq % 2 == 0 ? "agent.spoken" : "user.transcript", seq / 2, t0.plusSeconds(seq),
                "{\"text\":\"line " + seq + "\"}")).toList();
        recorder.append(tenant.workspaceId(), events);
        recorder.append(tenant.workspaceId(), events.subList(0, 10));
    }

    private Map<?, ?> sessions(String query) {
        return api.call(HttpMethod.GET, "/v1/workspaces/" + tenant.workspaceId() + "/sessions" + query,
                tenant.token(), null, 200);
    }

    @Test
    void filtersByDeploymentOutcomeAndTimeNewestFirst() {
        assertThat(sessions("").get("total")).isEqualTo(5);
        Map<?, ?> webOnly = sessions("?deploymentId=" + web);
        assertThat(webOnly.get("total")).isEqualTo(3);
        assertThat((List<?>) webOnly.get("items")).allSatisfy(s ->
                assertThat(((Map<?, ?>) s).get("deploymentId")).isEqualTo(web.toString()));
        Map<?, ?> failed = sessions("?outcome=failed");
        assertThat(failed.get("total")).isEqualTo(1);
        assertThat(((Map<?, ?>) ((List<?>) failed.get("items")).getFirst()).get("endReason")).isEqualTo("stt unavailable");
        Map<?, ?> window = sessions("?from=" + t0.plus(1, ChronoUnit.HOURS) + "&to=" + t0.plus(3, ChronoUnit.HOURS));
        assertThat((List<?>) window.get("items")).extracting(s -> (Object) ((Map<?, ?>) s).get("startedAt"))
                .containsExactly(t0.plus(2, ChronoUnit.HOURS).toString(), t0.plus(1, ChronoUnit.HOURS).toString());
        Map<?, ?> page = sessions("?size=2&page=2");
        assertThat((List<?>) page.get("items")).hasSize(1);
    }

    @Test
    void eventsComeInOrderPaginatedAndReplaysAddNothing() {
        String path = "/v1/workspaces/" + tenant.workspaceId() + "/sessions/" + longCall + "/events";
        Map<?, ?> first = api.call(HttpMethod.GET, path + "?size=20", tenant.token(), null, 200);
        assertThat(first.get("total")).isEqualTo(30);
        List<?> items = (List<?>) first.get("items");
        assertThat(items).extracting(e -> (Object) ((Map<?, ?>) e).get("seq"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(((Map<?, ?>) items.getFirst()).get("payload")).asString().contains("line 1");
    }

    @Test
    void badFiltersAreExplained() {
        String base = "/v1/workspaces/" + tenant.workspaceId() + "/sessions";
        Map<?, ?> order = api.call(HttpMethod.GET, base + "?from=" + t0 + "&to=" + t0, tenant.token(), null, 400);
        assertThat(order.get("detail")).isEqualTo("to must be after from");
        Map<?, ?> size = api.call(HttpMethod.GET, base + "?size=0", tenant.token(), null, 400);
        assertThat(size.get("detail")).isEqualTo("size must be between 1 and 200");
        Map<?, ?> outcome = api.call(HttpMethod.GET, base + "?outcome=exploded", tenant.token(), null, 400);
        assertThat((String) outcome.get("detail")).startsWith("outcome must be one of active, completed");
        Map<?, ?> time = api.call(HttpMethod.GET, base + "?from=yesterday", tenant.token(), null, 400);
        assertThat((String) time.get("detail")).startsWith("from must be a timestamp");
    }

    @Test
    void changesLandInTheAuditLog() {
        Map<?, ?> audit = api.call(HttpMethod.GET, "/v1/workspaces/" + tenant.workspaceId() + "/audit-log",
                tenant.token(), null, 200);
        assertThat((List<?>) audit.get("items")).extracting(e -> (Object) ((Map<?, ?>) e).get("action"))
                .contains("workspace.created", "agent.created", "deployment.created");
        assertThat((List<?>) audit.get("items")).allSatisfy(e ->
                assertThat(((Map<?, ?>) e).get("actor")).isEqualTo("user:" + tenant.email()));
    }
}
