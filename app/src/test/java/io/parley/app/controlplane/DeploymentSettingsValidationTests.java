package io.parley.app.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.voice.settings.Setting;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Every real-time setting of a deployment, pushed just past each end of its range, is refused with a problem detail
 * that names the field and the allowed range, and leaves the deployment unchanged. Each bound itself is accepted.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeploymentSettingsValidationTests {

    @LocalServerPort
    int port;
    ApiClient api;
    ApiClient.Tenant tenant;
    UUID agentId;
    String deploymentPath;

    @BeforeAll
    void deployment() {
        api = new ApiClient(port);
        tenant = api.signUp("settings");
        agentId = api.createAgent(tenant);
        deploymentPath = "/v1/workspaces/" + tenant.workspaceId() + "/deployments/"
                + api.createDeployment(tenant, agentId, "web");
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(Setting.values()).flatMap(s -> {
            double step = s == Setting.VAD_THRESHOLD ? 0.01 : 1;
            return Stream.of(Arguments.of(s, s.min() - step), Arguments.of(s, s.max() + step));
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("outOfRange")
    void aValueOutsideTheRangeIsRefusedNamingFieldAndRange(Setting setting, double value) {
        Map<?, ?> before = api.call(HttpMethod.GET, deploymentPath, tenant.token(), null, 200);
        Object json = setting == Setting.VAD_THRESHOLD ? (Object) value : (Object) (long) value;

        Map<?, ?> problem = api.call(HttpMethod.PATCH, deploymentPath, tenant.token(),
                Map.of("settings", Map.of(setting.field(), json)), 400);

        assertThat(problem.get("type")).isEqualTo("https://parley.dev/problems/invalid-input");
        assertThat(problem.get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains(Map.of("field", "settings." + setting.field(), "message", setting.rangeText()));
        assertThat((String) problem.get("detail")).contains(setting.field()).contains(setting.rangeText());
        assertThat(api.call(HttpMethod.GET, deploymentPath, tenant.token(), null, 200)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void bothEndsOfTheRangeAreAccepted(Setting setting) {
        for (double bound : new double[] {setting.min(), setting.max()}) {
            Object json = setting == Setting.VAD_THRESHOLD ? (Object) bound : (Object) (long) bound;
            // resumeTimeoutMs must stay below deadAirTimeoutMs, so pin the other one out of the way.
            Map<String, Object> settings = setting == Setting.RESUME_TIMEOUT
                    ? Map.of(setting.field(), json, "deadAirTimeoutMs", 30000)
                    : setting == Setting.DEAD_AIR_TIMEOUT ? Map.of(setting.field(), json, "resumeTimeoutMs", 200)
                    : Map.of(setting.field(), json);
            Map<?, ?> updated = api.call(HttpMethod.PATCH, deploymentPath, tenant.token(),
                    Map.of("settings", settings), 200);
            assertThat(((Number) ((Map<?, ?>) updated.get("settings")).get(setting.field())).doubleValue())
                    .isEqualTo(bound);
        }
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void aValueOfTheWrongTypeIsRefusedNamingTheField(Setting setting) {
        Map<?, ?> problem = api.call(HttpMethod.PATCH, deploymentPath, tenant.token(),
                Map.of("settings", Map.of(setting.field(), "soon")), 400);
        assertThat((String) problem.get("detail")).startsWith("settings." + setting.field() + " must be");
    }

    @Test
    void badBackchannelWordsAndUnknownFieldsAreRefused() {
        Map<?, ?> words = api.call(HttpMethod.PATCH, deploymentPath, tenant.token(),
                Map.of("settings", Map.of("backchannelWords", List.of("yeah", "<script>"))), 400);
        assertThat((String) words.get("detail")).contains("settings.backchannelWords").contains("<script>");

        Map<?, ?> unknown = api.call(HttpMethod.PATCH, deploymentPath, tenant.token(),
                Map.of("settings", Map.of("silenceMs", 900)), 400);
        assertThat((String) unknown.get("detail")).contains("settings.silenceMs is not a known field");

        Map<?, ?> resume = api.call(HttpMethod.PATCH, deploymentPath, tenant.token(),
                Map.of("settings", Map.of("resumeTimeoutMs", 5000, "deadAirTimeoutMs", 4000)), 400);
        assertThat((String) resume.get("detail")).contains("settings.resumeTimeoutMs");
    }

    @Test
    void channelPresetsFillTheDefaultsAndAreListedWithTheirRanges() {
        Map<?, ?> presets = api.call(HttpMethod.GET, "/v1/deployment-presets", tenant.token(), null, 200);
        assertThat((List<?>) presets.get("presets")).hasSize(3);
        assertThat((List<?>) presets.get("ranges")).hasSize(Setting.values().length);

        Map<?, ?> phone = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/deployments",
                tenant.token(), Map.of("name", "Phone line", "agentId", agentId.toString(), "channel", "phone"), 201);
        Map<?, ?> web = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/deployments",
                tenant.token(), Map.of("name", "Site", "agentId", agentId.toString(), "channel", "web"), 201);
        Map<?, ?> phoneSettings = (Map<?, ?>) phone.get("settings");
        Map<?, ?> webSettings = (Map<?, ?>) web.get("settings");
        assertThat(webSettings.get("vadThreshold")).isEqualTo(0.5);
        assertThat(webSettings.get("prefixPaddingMs")).isEqualTo(300);
        assertThat(webSettings.get("silenceToEndTurnMs")).isEqualTo(500);
        assertThat((Double) phoneSettings.get("vadThreshold")).isGreaterThan(0.5);
        assertThat((Integer) phoneSettings.get("silenceToEndTurnMs")).isGreaterThan(500);
    }
}
