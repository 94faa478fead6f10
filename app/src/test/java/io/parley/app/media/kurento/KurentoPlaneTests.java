package io.parley.app.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.parley.app.media.WebRtcLeg;
import io.parley.app.media.webrtc.IceCandidate;
import io.parley.app.media.webrtc.IceServer;
import io.parley.app.media.webrtc.WebRtcException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Kurento plane against the KMS stand-in: the JSON-RPC exchange, release, a server dying, errors. */
class KurentoPlaneTests {

    private static final List<IceServer> ICE = List.of(IceServer.stun("stun:127.0.0.1:3478"),
            IceServer.turn("turn:localhost:3478?transport=udp", "1796000000:alice", "2P9cW4xAjOwu2a2JZ7+yIUiScr4="));

    private final KmsStandIn kms = new KmsStandIn();
    private KurentoPool pool;
    private KurentoPlane plane;
    private final List<IceCandidate> localCandidates = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startPlane() {
        KurentoProperties properties = properties(10, kms);
        pool = new KurentoPool(properties);
        plane = new KurentoPlane(pool, properties);
    }

    @AfterEach
    void stop() {
        pool.close();
        kms.close();
    }

    static KurentoProperties properties(int cap, KmsStandIn... servers) {
        return new KurentoProperties(true, List.of(servers).stream().map(KmsStandIn::uri).toList(), cap, 31_000,
                31_099, "127.0.0.1", Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(10), 85);
    }

    static String chromiumOffer() {
        try (InputStream in = KurentoPlaneTests.class.getResourceAsStream("/kurento/chromium-audio-offer.sdp")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void answersTheBrowserInTheRecordedOrderAndTricklesKurentoCandidatesAfterTheAnswer() {
        WebRtcLeg leg = plane.answer(chromiumOffer(), ICE, localCandidates::add);

        assertThat(leg.answerSdp()).contains("m=audio 1 UDP/TLS/RTP/SAVPF 111 0 8").doesNotContain("a=candidate");
        assertThat(kms.exchange()).containsSubsequence("create:MediaPipeline", "create:WebRtcEndpoint",
                "create:RtpEndpoint", "invoke:setStunServerAddress", "invoke:setStunServerPort", "invoke:setTurnUrl",
                "subscribe:IceCandidateFound", "subscribe:Error", "invoke:connect", "invoke:connect",
                "invoke:processOffer", "invoke:processOffer", "invoke:gatherCandidates");
        assertThat(operationParams("setTurnUrl").path("turnUrl").asString())
                .isEqualTo("1796000000:alice:2P9cW4xAjOwu2a2JZ7+yIUiScr4=@127.0.0.1:3478?transport=udp");
        String rtpOffer = kms.requests().stream()
                .filter(r -> "processOffer".equals(r.path("params").path("operation").asString())).findFirst()
                .orElseThrow().path("params").path("operationParams").path("offer").asString();
        assertThat(rtpOffer).contains("m=audio 31", "RTP/AVP 96 0", "a=rtpmap:96 opus/48000/2",
                "a=rtpmap:0 PCMU/8000");
        JsonNode first = kms.requests().getFirst();
        assertThat(first.path("params").has("sessionId")).as("the first request has no session yet").isFalse();
        assertThat(kms.requests().getLast().path("params").path("sessionId").asString()).isNotBlank();

        leg.answerDelivered();
        await().atMost(Duration.ofSeconds(10)).until(() -> localCandidates.size() == 4);
        assertThat(localCandidates.getFirst())
                .isEqualTo(new IceCandidate("candidate:1 1 UDP 2015364095 127.0.0.1 40935 typ host", "0", 0));
        leg.close();
    }

    @Test
    void sendsRemoteCandidatesInKurentosShapeAndReleasesThePipelineWhenTheCallEnds() {
        WebRtcLeg leg = plane.answer(chromiumOffer(), ICE, localCandidates::add);
        AtomicReference<String> closedWith = new AtomicReference<>();
        leg.onClosed(closedWith::set);
        leg.addRemoteCandidate(new IceCandidate(
                "candidate:910699096 1 udp 2122194687 192.0.2.2 59088 typ host generation 0", "0", 0));

        JsonNode candidate = operationParams("addIceCandidate").path("candidate");
        assertThat(candidate.path("__module__").asString()).isEqualTo("kurento");
        assertThat(candidate.path("__type__").asString()).isEqualTo("IceCandidate");
        assertThat(candidate.path("sdpMid").asString()).isEqualTo("0");
        assertThat(kms.liveObjects()).hasSize(3);

        leg.close();
        leg.close();

        assertThat(kms.exchange()).containsOnlyOnce("release");
        assertThat(kms.liveObjects()).isEmpty();
        assertThat(closedWith.get()).isEqualTo("call ended");
        assertThat(pool.sessionsOn(kms.uri())).isZero();
    }

    @Test
    void aKilledServerEndsItsCallsAtOnceAndNewCallsAvoidIt() {
        WebRtcLeg leg = plane.answer(chromiumOffer(), ICE, localCandidates::add);
        AtomicReference<String> closedWith = new AtomicReference<>();
        leg.onClosed(closedWith::set);

        kms.kill();

        await().atMost(Duration.ofSeconds(5)).until(() -> closedWith.get() != null);
        assertThat(closedWith.get()).contains("disconnected", kms.uri().toString());
        assertThat(pool.healthy()).isEmpty();
        assertThat(pool.sessionsOn(kms.uri())).isZero();
        assertThatThrownBy(() -> plane.answer(chromiumOffer(), ICE, localCandidates::add))
                .isInstanceOf(WebRtcException.class)
                .satisfies(e -> assertThat(((WebRtcException) e).reason()).isEqualTo(WebRtcException.Reason.AT_CAPACITY));
    }

    @Test
    void aServerThatComesBackTakesNewCallsAgain() {
        KurentoProperties retryAtOnce = new KurentoProperties(true, List.of(kms.uri()), 10, 31_000, 31_099,
                "127.0.0.1", Duration.ofSeconds(10), Duration.ZERO, Duration.ofMinutes(10), 85);
        try (KurentoPool retrying = new KurentoPool(retryAtOnce)) {
            KurentoPlane retryingPlane = new KurentoPlane(retrying, retryAtOnce);
            kms.kill();
            await().atMost(Duration.ofSeconds(5)).until(() -> retrying.healthy().isEmpty());
            assertThatThrownBy(() -> retryingPlane.answer(chromiumOffer(), ICE, localCandidates::add))
                    .isInstanceOf(WebRtcException.class);

            try (KmsStandIn restarted = new KmsStandIn(kms.uri().getPort())) {
                WebRtcLeg leg = retryingPlane.answer(chromiumOffer(), ICE, localCandidates::add);
                assertThat(retrying.healthy()).containsExactly(kms.uri());
                assertThat(restarted.liveObjects()).hasSize(3);
                leg.close();
            }
        }
    }

    @Test
    void anOfferKurentoCannotParseIsBadInputAndLeavesNothingOnTheServer() {
        assertThatThrownBy(() -> plane.answer("this is not an SDP", ICE, localCandidates::add))
                .isInstanceOf(WebRtcException.class)
                .hasMessageContaining("cannot parse the offer")
                .satisfies(e -> assertThat(((WebRtcException) e).reason()).isEqualTo(WebRtcException.Reason.BAD_INPUT));
        assertThat(kms.liveObjects()).isEmpty();
    }

    @Test
    void anOfferWithoutACodecKurentoSpeaksFailsNamingTheCodecs() {
        String g722Only = chromiumOffer().replaceAll("m=audio (\\d+) (\\S+) [0-9 ]+", "m=audio $1 $2 9")
                .replaceAll("a=rtpmap:(111|63|0|8|13|110|126) [^\r\n]*\r\n", "");

        assertThatThrownBy(() -> plane.answer(g722Only, ICE, localCandidates::add))
                .isInstanceOf(WebRtcException.class)
                .hasMessageContaining("no common audio codec").hasMessageContaining("G722/8000");
        assertThat(kms.liveObjects()).isEmpty();
    }

    @Test
    void anErrorEventFromKurentoEndsTheCallWithItsDescription() {
        WebRtcLeg leg = plane.answer(chromiumOffer(), ICE, localCandidates::add);
        AtomicReference<String> closedWith = new AtomicReference<>();
        leg.onClosed(closedWith::set);
        String endpoint = kms.liveObjects().stream().filter(id -> id.endsWith("_kurento.WebRtcEndpoint")).findFirst()
                .orElseThrow();

        kms.emit(endpoint, "Error", Map.of("description", "Error code 13: URL not allowed", "errorCode", 13,
                "type", "UNEXPECTED_ELEMENT_ERROR"));

        await().atMost(Duration.ofSeconds(5)).until(() -> closedWith.get() != null);
        assertThat(closedWith.get()).contains("Error code 13: URL not allowed");
        assertThat(kms.liveObjects()).isEmpty();
    }

    @Test
    void callsGoToTheLeastLoadedServerUpToTheCap() {
        try (KmsStandIn second = new KmsStandIn(); KurentoPool two = new KurentoPool(properties(1, kms, second))) {
            KurentoPlane spread = new KurentoPlane(two, properties(1, kms, second));
            WebRtcLeg a = spread.answer(chromiumOffer(), ICE, localCandidates::add);
            WebRtcLeg b = spread.answer(chromiumOffer(), ICE, localCandidates::add);

            assertThat(two.sessionsOn(kms.uri())).isEqualTo(1);
            assertThat(two.sessionsOn(second.uri())).isEqualTo(1);
            assertThatThrownBy(() -> spread.answer(chromiumOffer(), ICE, localCandidates::add))
                    .isInstanceOf(WebRtcException.class).hasMessageContaining("no media server can take this call");
            a.close();
            b.close();
        }
    }

    @Test
    void aServerReportingHighCpuGetsNewCallsOnlyWhenNoOtherHasRoom() {
        try (KmsStandIn idle = new KmsStandIn(); KurentoPool two = new KurentoPool(properties(2, kms, idle))) {
            kms.reportCpu(97.5);
            two.sampleLoad();
            KurentoPlane loadAware = new KurentoPlane(two, properties(2, kms, idle));

            WebRtcLeg a = loadAware.answer(chromiumOffer(), ICE, localCandidates::add);
            WebRtcLeg b = loadAware.answer(chromiumOffer(), ICE, localCandidates::add);
            assertThat(two.sessionsOn(idle.uri())).isEqualTo(2);
            assertThat(two.sessionsOn(kms.uri())).isZero();

            WebRtcLeg c = loadAware.answer(chromiumOffer(), ICE, localCandidates::add);
            assertThat(two.sessionsOn(kms.uri())).as("the busy server still takes overflow").isEqualTo(1);
            List.of(a, b, c).forEach(WebRtcLeg::close);
        }
    }

    @Test
    void closingThePoolEndsLiveCallsAndReleasesTheirPipelines() {
        WebRtcLeg leg = plane.answer(chromiumOffer(), ICE, localCandidates::add);
        AtomicReference<String> closedWith = new AtomicReference<>();
        leg.onClosed(closedWith::set);

        pool.close();

        assertThat(closedWith.get()).isEqualTo("the media plane is shutting down");
        assertThat(kms.liveObjects()).isEmpty();
        assertThat(kms.exchange()).endsWith("release", "closeSession");
    }

    @Test
    void aServerThatStopsAnsweringPingsIsTakenDownWithItsCalls() {
        KurentoProperties quickTimeout = new KurentoProperties(true, List.of(kms.uri()), 10, 31_000, 31_099,
                "127.0.0.1", Duration.ofMillis(500), Duration.ofMinutes(5), Duration.ofMinutes(10), 85);
        try (KurentoPool pinging = new KurentoPool(quickTimeout)) {
            WebRtcLeg leg = new KurentoPlane(pinging, quickTimeout).answer(chromiumOffer(), ICE, localCandidates::add);
            AtomicReference<String> closedWith = new AtomicReference<>();
            leg.onClosed(closedWith::set);
            kms.neverAnswer("ping");

            pinging.sampleLoad();

            await().atMost(Duration.ofSeconds(5)).until(() -> closedWith.get() != null);
            assertThat(closedWith.get()).contains("no answer to ping");
            assertThat(pinging.healthy()).isEmpty();
        }
    }

    @Test
    void anIceRestartAnswersOnAFreshEndpointInTheSamePipelineAndKeepsTheRtpLeg() {
        WebRtcLeg leg = plane.answer(chromiumOffer(), ICE, localCandidates::add);
        leg.answerDelivered();
        await().atMost(Duration.ofSeconds(10)).until(() -> localCandidates.size() == 4);
        String firstEndpoint = kms.liveObjects("WebRtcEndpoint").getFirst();
        String pipeline = kms.liveObjects("MediaPipeline").getFirst();
        String rtpEndpoint = kms.liveObjects("RtpEndpoint").getFirst();
        int before = kms.requests().size();

        String answer = leg.restartIce(chromiumOffer());

        assertThat(answer).contains("m=audio 1 UDP/TLS/RTP/SAVPF 111 0 8");
        assertThat(leg.answerSdp()).isEqualTo(answer);
        String freshEndpoint = kms.liveObjects("WebRtcEndpoint").getFirst();
        assertThat(kms.liveObjects("WebRtcEndpoint")).as("the old endpoint is released").containsExactly(freshEndpoint);
        assertThat(freshEndpoint).isNotEqualTo(firstEndpoint).startsWith(pipeline + "/");
        assertThat(kms.liveObjects("MediaPipeline")).containsExactly(pipeline);
        assertThat(kms.liveObjects("RtpEndpoint")).as("the RTP leg goes on").containsExactly(rtpEndpoint);
        assertThat(kms.exchange().subList(before, kms.exchange().size())).containsSubsequence(
                "create:WebRtcEndpoint", "invoke:setTurnUrl", "subscribe:IceCandidateFound", "invoke:processOffer",
                "release", "invoke:connect", "invoke:connect", "invoke:gatherCandidates")
                .doesNotContain("create:RtpEndpoint", "create:MediaPipeline");
        assertThat(operationParams("connect").path("sink").asString()).isEqualTo(freshEndpoint);

        localCandidates.clear();
        leg.answerDelivered();
        await().atMost(Duration.ofSeconds(10)).until(() -> localCandidates.size() == 4);
        leg.addRemoteCandidate(new IceCandidate(
                "candidate:910699096 1 udp 2122194687 192.0.2.2 59088 typ host generation 0", "0", 0));
        assertThat(kms.requests().getLast().path("params").path("object").asString())
                .as("trickle after the restart goes to the new endpoint").isEqualTo(freshEndpoint);
        assertThat(pool.sessionsOn(kms.uri())).isOne();
        leg.close();
        assertThat(kms.liveObjects()).isEmpty();
    }

    @Test
    void aRestartOfferKurentoCannotParseIsBadInputAndTheCallGoesOn() {
        WebRtcLeg leg = plane.answer(chromiumOffer(), ICE, localCandidates::add);
        AtomicReference<String> closedWith = new AtomicReference<>();
        leg.onClosed(closedWith::set);
        String endpoint = kms.liveObjects("WebRtcEndpoint").getFirst();

        assertThatThrownBy(() -> leg.restartIce("v=0\r\nnot an offer"))
                .isInstanceOfSatisfying(WebRtcException.class,
                        e -> assertThat(e.reason()).isEqualTo(WebRtcException.Reason.BAD_INPUT));

        assertThat(kms.liveObjects("WebRtcEndpoint")).as("the failed endpoint is released").containsExactly(endpoint);
        assertThat(closedWith.get()).isNull();
        leg.addRemoteCandidate(new IceCandidate("candidate:1 1 udp 2122194687 192.0.2.2 59088 typ host", "0", 0));
        assertThat(kms.requests().getLast().path("params").path("object").asString()).isEqualTo(endpoint);
        leg.close();
    }

    @Test
    void anRtpLegWithoutACommonCodecFailsTheCallNamingBothSidesCodecs() {
        kms.rtpCodecs(java.util.Set.of("PCMA/8000"));

        assertThatThrownBy(() -> plane.answer(chromiumOffer(), ICE, localCandidates::add))
                .isInstanceOfSatisfying(WebRtcException.class,
                        e -> assertThat(e.reason()).isEqualTo(WebRtcException.Reason.NEGOTIATION_FAILED))
                .hasMessageContaining("no common codec on the media server's RTP leg")
                .hasMessageContaining("opus/48000/2").hasMessageContaining("PCMU/8000");
        assertThat(kms.liveObjects()).isEmpty();
        assertThat(pool.sessionsOn(kms.uri())).isZero();
    }

    @Test
    void pipelinesAnEarlierRunOfThisNodeLeftAreReleasedWhenThePoolConnectsAndOthersAreKept() {
        String mine = kms.leftOver("parley:node-a:" + java.util.UUID.randomUUID());
        String otherNode = kms.leftOver("parley:node-b:" + java.util.UUID.randomUUID());
        String otherApplication = kms.leftOver("conference-room-7");
        String unnamed = kms.leftOver(null);
        KurentoProperties nodeA = new KurentoProperties(true, List.of(kms.uri()), 10, 31_000, 31_099, "127.0.0.1",
                Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(10), 85, null, "node-a");

        try (KurentoPool restarted = new KurentoPool(nodeA)) {
            assertThat(kms.liveObjects("MediaPipeline")).containsExactlyInAnyOrder(otherNode, otherApplication, unnamed);
            assertThat(kms.liveObjects()).noneMatch(id -> id.startsWith(mine));
            WebRtcLeg leg = new KurentoPlane(restarted, nodeA).answer(chromiumOffer(), ICE, localCandidates::add);
            String created = kms.liveObjects("MediaPipeline").stream()
                    .filter(id -> !List.of(otherNode, otherApplication, unnamed).contains(id)).findFirst().orElseThrow();
            assertThat(kms.nameOf(created)).as("new pipelines carry the node's name").startsWith("parley:node-a:");
            leg.close();
        }
    }

    @Test
    void aCallLostWithItsConnectionHasItsPipelineReleasedWhenTheServerIsReachableAgain() {
        KurentoProperties retryAtOnce = new KurentoProperties(true, List.of(kms.uri()), 10, 31_000, 31_099,
                "127.0.0.1", Duration.ofSeconds(10), Duration.ZERO, Duration.ofMinutes(10), 85, null, "node-a");
        try (KurentoPool retrying = new KurentoPool(retryAtOnce)) {
            WebRtcLeg leg = new KurentoPlane(retrying, retryAtOnce).answer(chromiumOffer(), ICE, localCandidates::add);
            AtomicReference<String> closedWith = new AtomicReference<>();
            leg.onClosed(closedWith::set);

            kms.dropConnections();
            await().atMost(Duration.ofSeconds(5)).until(() -> closedWith.get() != null);
            assertThat(kms.liveObjects()).as("the server kept the call's pipeline").hasSize(3);

            await().atMost(Duration.ofSeconds(10)).until(() -> {
                retrying.sampleLoad();
                return retrying.healthy().contains(kms.uri());
            });
            assertThat(kms.liveObjects()).as("released on reconnect").isEmpty();
        }
    }

    private JsonNode operationParams(String operation) {
        return kms.requests().stream()
                .filter(r -> operation.equals(r.path("params").path("operation").asString()))
                .reduce((first, last) -> last).orElseThrow().path("params").path("operationParams");
    }
}
