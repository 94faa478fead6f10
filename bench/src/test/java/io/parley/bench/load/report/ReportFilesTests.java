package io.parley.bench.load.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportFilesTests {

    @TempDir
    Path dir;

    @Test
    void theJsonReportCarriesPercentilesPerStageAndEndToEndResourcesAndGoals() throws Exception {
        Path json = ReportFiles.write(SampleReports.report(), dir, "sweep 1");

        JsonNode r = JsonMapper.builder().build().readTree(Files.readString(json));
        assertThat(json.getFileName().toString()).startsWith("load-").endsWith("-sweep_1.json");
        assertThat(r.path("machine").path("cores").asInt()).isEqualTo(2);
        assertThat(r.path("steps")).hasSize(2);
        JsonNode step = r.path("steps").path(1);
        assertThat(step.path("sessions").asInt()).isEqualTo(10);
        assertThat(step.path("voiceToVoiceMs").path("p95").asDouble()).isEqualTo(1100);
        assertThat(step.path("voiceToVoiceMs").path("p99").asDouble()).isEqualTo(1150);
        assertThat(step.path("platformOverheadMs").path("p99").asDouble()).isEqualTo(19);
        assertThat(step.path("stagesMs").path("stt_final->llm_first_token").path("p50").asDouble()).isEqualTo(330);
        assertThat(step.path("bargeIns").path("reactionMs").path("p95").asDouble()).isEqualTo(352);
        assertThat(step.path("events").path("lost").asLong()).isZero();
        assertThat(step.path("deadAir").path("overTimeout").asInt()).isZero();
        assertThat(step.path("resources").path("cpuCoresPerSession").asDouble()).isEqualTo(0.05);
        assertThat(step.path("resources").path("sessionsPerCore").asDouble()).isEqualTo(20);
        assertThat(step.path("resources").path("samples").path(0).path("cpuCores").asDouble()).isEqualTo(0.5);
        assertThat(step.path("faults").path(0).path("kind").asString()).isEqualTo("postgres-stopped");
        assertThat(r.path("goals").path(0).path("met").asBoolean()).isTrue();
        assertThat(Files.readString(dir.resolve("latest.json"))).isEqualTo(Files.readString(json));
    }

    @Test
    void theHtmlPageIsSelfContainedWithItsThreePlots() throws Exception {
        ReportFiles.write(SampleReports.report(), dir, null);

        String html = Files.readString(dir.resolve("latest.html"));
        assertThat(html).contains("<svg", "Latency vs concurrency", "Per-stage breakdown", "Node CPU per live session",
                "stt_final-&gt;llm_first_token", "1 sessions", "10 sessions", "lost interaction events");
        assertThat(html).doesNotContain("<script", "src=", "href=");
        assertThat(html.split("<svg", -1)).hasSize(4);
    }
}
