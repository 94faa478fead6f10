package io.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.bench.load.report.LoadReport;
import io.parley.bench.load.report.StepReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness, bounded: it launches a node from the app's jar over its own PostgreSQL, on the engine
 * stand-ins, and two callers talk to it for 25 seconds while PostgreSQL is stopped and started again; then every
 * event they saw must be in the interaction log and both calls must have ended cleanly.
 */
class LoadHarnessSmokeTests {

    @TempDir
    Path reports;

    @Test
    @Timeout(300)
    void twoCallersTalkThroughADatabaseRestartAndNothingTheySawIsLost() throws Exception {
        Optional<Path> jar = nodeJar();
        // The jar is the app module's package output: scripts/test (mvn verify) builds it before bench's tests.
        assumeTrue(jar.isPresent(), "no app/target/parley-app-*.jar: build the app (./mvnw package) first");
        LoadOptions options = LoadOptions.parse("--sessions", "2", "--ramp-up", "1", "--duration", "25",
                "--engines", "standin", "--faults", "postgres", "--postgres-down", "4",
                "--app-jar", jar.get().toString(), "--node-heap", "512m",
                "--node-setting", "parley.engines.warm-up=false", "--report-dir", reports.toString());
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        LoadHarness.Result result = new LoadHarness(options, "smoke test", new PrintStream(progress, true)).run();

        StepReport step = result.report().steps().getFirst();
        assertThat(step.callersStarted()).isEqualTo(2);
        assertThat(step.turns()).as("answered turns").isPositive();
        assertThat(step.voiceToVoiceMs().count()).isEqualTo(step.turns());
        assertThat(step.platformOverheadMs().count()).as("turns matched with the node's timeline").isPositive();
        assertThat(step.stagesMs()).containsKeys("user_speech_end->end_of_turn", "stt_final->llm_first_token");
        assertThat(step.faults()).extracting(StepReport.FaultRecord::kind)
                .contains("postgres-stopped", "postgres-restarted");
        assertThat(step.events().eventsSeen()).isPositive();
        assertThat(step.events().lost()).isZero();
        assertThat(step.events().incompleteLogs()).isZero();
        assertThat(step.sessionsEnded().abnormal()).as(step.sessionsEnded().problems().toString()).isZero();
        assertThat(step.resources().cpuCores()).isPositive();
        assertThat(result.report().goals()).filteredOn(g -> g.name().equals("lost interaction events"))
                .extracting(LoadReport.Goal::met).containsExactly(true);
        assertThat(progress.toString()).contains("2 callers:", "voice-to-voice p50");
        assertThat(result.jsonFile()).exists();
        assertThat(reports.resolve("latest.html")).content().contains("<svg");
    }

    @Test
    @Timeout(300)
    void twoWebRtcCallersTalkToTheNodeAsRealPeersAfterAWarmUpCall() throws Exception {
        Optional<Path> jar = nodeJar();
        assumeTrue(jar.isPresent(), "no app/target/parley-app-*.jar: build the app (./mvnw package) first");
        LoadOptions options = LoadOptions.parse("--transport", "webrtc", "--sessions", "2", "--ramp-up", "1",
                "--duration", "15", "--warm-up", "5", "--engines", "standin", "--app-jar", jar.get().toString(),
                "--node-heap", "512m", "--node-setting", "parley.engines.warm-up=false",
                "--report-dir", reports.toString());
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        LoadHarness.Result result = new LoadHarness(options, "webrtc smoke test", new PrintStream(progress, true)).run();

        StepReport step = result.report().steps().getFirst();
        assertThat(result.report().node().transport()).isEqualTo("webrtc");
        assertThat(step.callersStarted()).isEqualTo(2);
        assertThat(step.turns()).as("turns answered with audio the callers played out").isPositive();
        assertThat(step.rtp()).as("the callers' RTP statistics").isNotNull();
        assertThat(step.rtp().callers()).isEqualTo(2);
        assertThat(step.rtp().packetsSent()).isPositive();
        assertThat(step.rtp().packetsReceived()).isPositive();
        assertThat(step.frames().droppedSent()).as("caller voice frames the peer would not take").isZero();
        assertThat(step.serverEvents()).as("protocol errors sent to the callers, e.g. media_lost at hang-up")
                .doesNotContainKey("error");
        assertThat(step.events().lost()).isZero();
        assertThat(step.sessionsEnded().abnormal()).as(step.sessionsEnded().problems().toString()).isZero();
        assertThat(progress.toString()).contains("warming up the node", "2 webrtc callers");
        assertThat(reports.resolve("latest.html")).content().contains("WebRTC packets");
    }

    private static Optional<Path> nodeJar() throws IOException {
        Path target = Path.of("..", "app", "target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("parley-app-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().map(Path::toAbsolutePath);
        }
    }
}
