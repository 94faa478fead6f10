package io.parley.app.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The JSON-RPC session against the stand-in: KMS errors as exceptions, a dead server noticed before any timeout. */
class KmsConnectionTests {

    @Test
    void kurentoErrorsSurfaceWithTheirCodeTypeAndMessage() {
        try (KmsStandIn kms = new KmsStandIn();
                KmsConnection connection = KmsConnection.open(kms.uri(), Duration.ofSeconds(10), reason -> { })) {
            String pipeline = connection.create("MediaPipeline", Map.of());

            assertThatThrownBy(() -> connection.invoke("not-an-object-id", "getName", Map.of()))
                    .isInstanceOfSatisfying(KmsException.class, e -> {
                        assertThat(e.code()).isEqualTo(40101);
                        assertThat(e.type()).isEqualTo("MEDIA_OBJECT_NOT_FOUND");
                        assertThat(e).hasMessage("Object 'not-an-object-id' not found");
                    });
            assertThatThrownBy(() -> connection.create("NoSuchEndpoint", Map.of("mediaPipeline", pipeline)))
                    .isInstanceOfSatisfying(KmsException.class, e -> assertThat(e.code()).isEqualTo(40108));
            assertThatThrownBy(() -> connection.subscribe(pipeline, "NoSuchEvent"))
                    .hasMessage("Event 'NoSuchEvent' not supported");
            connection.release(pipeline);
            connection.release(pipeline); // KMS answers a second release without an error
            assertThatThrownBy(() -> connection.invoke(pipeline, "getName", Map.of()))
                    .isInstanceOfSatisfying(KmsException.class, e -> assertThat(e.code()).isEqualTo(40101));
        }
    }

    /** Not recorded; as KMS 7.3's SdpEndpointImpl and MediaObjectImpl answer (see the stand-in). */
    @Test
    void anSdpEndpointTakesOneOfferAndObjectsAnswerToTheirName() {
        try (KmsStandIn kms = new KmsStandIn();
                KmsConnection connection = KmsConnection.open(kms.uri(), Duration.ofSeconds(10), reason -> { })) {
            String pipeline = connection.create("MediaPipeline", Map.of());
            String endpoint = connection.create("WebRtcEndpoint", Map.of("mediaPipeline", pipeline));
            connection.invoke(endpoint, "processOffer", Map.of("offer", KmsRtpSide.chromiumOffer()));

            assertThatThrownBy(() -> connection.invoke(endpoint, "processOffer",
                    Map.of("offer", KmsRtpSide.chromiumOffer())))
                    .isInstanceOfSatisfying(KmsException.class, e -> {
                        assertThat(e.code()).isEqualTo(40208);
                        assertThat(e.type()).isEqualTo("SDP_END_POINT_ALREADY_NEGOTIATED");
                    });
            assertThat(connection.invoke(pipeline, "getName", Map.of()).asString()).isEqualTo(pipeline);
            connection.invoke(pipeline, "setName", Map.of("name", "parley:node-a:call"));
            assertThat(connection.invoke(pipeline, "getName", Map.of()).asString()).isEqualTo("parley:node-a:call");
            assertThat(connection.invoke("manager_ServerManager", "getPipelines", Map.of()))
                    .extracting(tools.jackson.databind.JsonNode::asString).containsExactly(pipeline);
        }
    }

    @Test
    void aRequestInFlightFailsAsSoonAsTheServerDiesNotAtItsTimeout() throws Exception {
        try (KmsStandIn kms = new KmsStandIn()) {
            kms.neverAnswer("getUsedCpu");
            AtomicReference<String> lost = new AtomicReference<>();
            KmsConnection connection = KmsConnection.open(kms.uri(), Duration.ofMinutes(10), lost::set);
            CompletableFuture<Object> cpu = CompletableFuture.supplyAsync(
                    () -> connection.invoke("manager_ServerManager", "getUsedCpu", Map.of("interval", 3000)));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> kms.exchange().contains("invoke:getUsedCpu"));

            kms.kill();

            assertThatThrownBy(() -> cpu.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(KmsException.class).hasMessageContaining("disconnected");
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> lost.get() != null);
            assertThat(connection.isOpen()).isFalse();
        }
    }
}
