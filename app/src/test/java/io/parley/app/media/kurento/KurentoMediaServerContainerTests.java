package io.parley.app.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.app.media.WebRtcLeg;
import io.parley.app.media.webrtc.IceCandidate;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The plane against a real Kurento Media Server 7.3.0 in Docker (skipped where Docker is missing): the browser's
 * recorded offer is answered, KMS trickles its candidates, an ICE restart is answered on a fresh endpoint in the same
 * pipeline, closing the call leaves no pipeline on the server, and a pipeline an earlier run of the node left behind
 * is released when the pool connects. These are the parts the stand-in takes from KMS's sources, not its recordings.
 */
@Testcontainers(disabledWithoutDocker = true)
class KurentoMediaServerContainerTests {

    @Container
    private static final GenericContainer<?> KMS = new GenericContainer<>(
            DockerImageName.parse("kurento/kurento-media-server:7.3.0"))
            .withExposedPorts(8888)
            .waitingFor(Wait.forListeningPort())
            .withStartupTimeout(Duration.ofMinutes(3));

    @Test
    void answersTheRecordedChromiumOfferAndReleasesThePipeline() {
        URI uri = URI.create("ws://" + KMS.getHost() + ":" + KMS.getMappedPort(8888) + "/kurento");
        KurentoProperties properties = new KurentoProperties(true, List.of(uri), 10, 33_000, 33_099, "127.0.0.1",
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofMinutes(10), 85);
        List<IceCandidate> candidates = new CopyOnWriteArrayList<>();
        try (KurentoPool pool = new KurentoPool(properties);
                KmsConnection manager = KmsConnection.open(uri, Duration.ofSeconds(10), reason -> { })) {
            WebRtcLeg leg = new KurentoPlane(pool, properties).answer(KurentoPlaneTests.chromiumOffer(), List.of(),
                    candidates::add);
            leg.answerDelivered();

            assertThat(leg.answerSdp()).contains("opus/48000").doesNotContain("a=candidate");
            await().atMost(Duration.ofSeconds(20)).until(() -> !candidates.isEmpty());
            assertThat(manager.invoke("manager_ServerManager", "getPipelines", Map.of())).hasSize(1);

            candidates.clear();
            String restarted = leg.restartIce(KurentoPlaneTests.chromiumOffer());
            leg.answerDelivered();
            assertThat(restarted).contains("opus/48000");
            await().atMost(Duration.ofSeconds(20)).until(() -> !candidates.isEmpty());
            assertThat(manager.invoke("manager_ServerManager", "getPipelines", Map.of())).hasSize(1);

            leg.close();
            assertThat(manager.invoke("manager_ServerManager", "getPipelines", Map.of())).isEmpty();
        }
    }

    @Test
    void aPipelineAnEarlierRunOfThisNodeLeftIsReleasedWhenThePoolConnects() {
        URI uri = URI.create("ws://" + KMS.getHost() + ":" + KMS.getMappedPort(8888) + "/kurento");
        KurentoProperties properties = new KurentoProperties(true, List.of(uri), 10, 33_100, 33_199, "127.0.0.1",
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofMinutes(10), 85, null, "container-node");
        try (KmsConnection manager = KmsConnection.open(uri, Duration.ofSeconds(10), reason -> { })) {
            String mine = manager.create("MediaPipeline", Map.of());
            manager.invoke(mine, "setName", Map.of("name", properties.pipelineNamePrefix() + "crashed-call"));
            String foreign = manager.create("MediaPipeline", Map.of());
            try (KurentoPool pool = new KurentoPool(properties)) {
                assertThat(manager.invoke("manager_ServerManager", "getPipelines", Map.of()))
                        .extracting(tools.jackson.databind.JsonNode::asString).contains(foreign).doesNotContain(mine);
            }
            manager.release(foreign);
        }
    }
}
