package io.parley.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.app.gateway.SessionTokens;
import io.parley.app.media.kurento.KmsRtpSide;
import io.parley.app.media.kurento.KmsStandIn;
import io.parley.app.media.kurento.KurentoPlane;
import io.parley.app.media.kurento.KurentoPool;
import io.parley.app.media.kurento.KurentoProperties;
import io.parley.voice.agent.AgentConfigs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebRTC call on the Kurento plane through the real session protocol, against two KMS stand-ins: the node's own
 * session socket handler (its tokens, call registry and engines) is served with a Kurento plane, the browser's side
 * is the recorded Chromium offer, and each stand-in's RTP side is played by the test. The server carrying the call
 * dies; the client hears {@code media_lost}, restarts ICE, and the same call goes on on the other server.
 */
@ParleyIntegrationTest
class KurentoSessionTests {

    private static final Duration TURN = Duration.ofSeconds(40);

    @LocalServerPort
    int port;
    @Autowired
    SessionTokens tokens;
    @Autowired
    CallRegistry calls;
    @Autowired
    JsonMapper json;

    @Test
    void aCallWhoseMediaServerDiesRestartsIceOnAnotherServerAndGoesOnWithItsConversation() throws Exception {
        ApiClient api = new ApiClient(port);
        ApiClient.Tenant tenant = api.signUp("kurento");
        Map<?, ?> agent = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/agents",
                tenant.token(), AgentConfigs.bookingSample(), 201);
        Map<?, ?> deployment = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/deployments",
                tenant.token(), Map.of("name", "Site", "agentId", agent.get("id"), "channel", "web",
                        "settings", Map.of("deadAirTimeoutMs", 15000)), 201);
        String secret = (String) api.createKey(tenant, "secret", List.of()).get("secret");
        Map<?, ?> session = api.call(HttpMethod.POST, "/v1/sessions", secret,
                Map.of("deploymentId", deployment.get("id")), 201);
        String sessionId = (String) session.get("sessionId");

        try (KmsStandIn a = new KmsStandIn(); KmsStandIn b = new KmsStandIn();
                KmsRtpSide rtpA = new KmsRtpSide(); KmsRtpSide rtpB = new KmsRtpSide()) {
            a.announceRtpPort(rtpA.port());
            b.announceRtpPort(rtpB.port());
            KurentoProperties properties = new KurentoProperties(true, List.of(a.uri(), b.uri()), 10, 34_000, 34_099,
                    "127.0.0.1", Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(10), 85);
            try (KurentoPool pool = new KurentoPool(properties)) {
                DisposableServer socketServer = serve(new SessionSocketHandler(tokens, calls, json,
                        new KurentoPlane(pool, properties)));
                String url = "ws://127.0.0.1:" + socketServer.port() + "/v1/sessions/" + sessionId + "/ws?token="
                        + session.get("token");
                try (TestCaller caller = TestCaller.connect(url)) {
                    caller.send(Map.of("type", "start", "transport", "webrtc", "sdp", KmsRtpSide.chromiumOffer()));
                    caller.awaitEvent(TestCaller.type("sdp_answer"), TURN);
                    assertThat(caller.awaitEvent(TestCaller.type("session_started"), TURN).get("resumed"))
                            .isEqualTo(false);
                    boolean onA = !a.liveObjects().isEmpty();
                    KmsStandIn first = onA ? a : b;
                    KmsStandIn second = onA ? b : a;
                    KmsRtpSide firstRtp = onA ? rtpA : rtpB;
                    KmsRtpSide secondRtp = onA ? rtpB : rtpA;
                    caller.awaitEvent(TestCaller.type("agent_text_spoken"), TURN);
                    await().atMost(TURN).until(() -> firstRtp.packetsReceived() > 25);
                    assertThat(firstRtp.lastPayloadType()).as("the greeting went out as Opus").isEqualTo(96);

                    first.kill();

                    assertThat(caller.awaitEvent(e -> "media_lost".equals(e.get("code")), TURN).get("message"))
                            .asString().contains("disconnected");
                    assertThat(pool.sessionsOn(first.uri())).isZero();
                    int eventsBeforeRestart = caller.events.size();

                    caller.send(Map.of("type", "ice_restart", "sdp", KmsRtpSide.chromiumOffer()));

                    Map<String, Object> answer = caller.awaitEvent(e -> "sdp_answer".equals(e.get("type"))
                            && Boolean.TRUE.equals(e.get("restart")), TURN);
                    assertThat((String) answer.get("sdp")).contains("m=audio 1 UDP/TLS/RTP/SAVPF 111");
                    Map<String, Object> resumed = caller.awaitEvent(e -> "session_started".equals(e.get("type"))
                            && after(caller, eventsBeforeRestart, e), TURN);
                    assertThat(resumed.get("resumed")).isEqualTo(true);
                    assertThat(resumed.get("sessionId")).isEqualTo(sessionId);
                    assertThat(second.liveObjects()).as("a fresh pipeline on the other server").hasSize(3);
                    assertThat(pool.sessionsOn(second.uri())).isOne();
                    caller.awaitEvent(e -> "ice_candidate".equals(e.get("type"))
                            && after(caller, eventsBeforeRestart, e), TURN);
                    caller.send(Map.of("type", "ice_candidate", "candidate", Map.of("candidate",
                            "candidate:910699096 1 udp 2122194687 192.0.2.2 59088 typ host", "sdpMid", "0",
                            "sdpMLineIndex", 0)));
                    await().atMost(TURN).until(() -> second.requests().stream().anyMatch(r ->
                            "addIceCandidate".equals(r.path("params").path("operation").asString())));

                    long seqBefore = lastSeq(caller, eventsBeforeRestart);
                    secondRtp.streamTo(KmsRtpSide.parleyPort(second));
                    // The greeting went on while the media was lost; the caller speaks once it is over.
                    long greetingEnd = ((Number) caller.awaitEvent(e -> "agent_text_spoken".equals(e.get("type"))
                            && String.valueOf(e.get("text")).contains("How can I help"), TURN).get("seq")).longValue();
                    caller.awaitEvent(e -> "agent_state".equals(e.get("type")) && "LISTENING".equals(e.get("state"))
                            && ((Number) e.get("seq")).longValue() > greetingEnd, TURN);
                    secondRtp.say("Book a table.");
                    Map<String, Object> reply = caller.awaitEvent(e -> "agent_text_spoken".equals(e.get("type"))
                            && String.valueOf(e.get("text")).contains("How many people"), TURN);
                    assertThat(((Number) reply.get("seq")).longValue()).as("the same call's event numbering goes on")
                            .isGreaterThan(seqBefore);
                    assertThat(caller.events).anySatisfy(e -> {
                        assertThat(e.get("type")).isEqualTo("user_transcript");
                        assertThat(String.valueOf(e.get("text")).toLowerCase()).contains("book");
                    });
                    long afterReply = secondRtp.packetsReceived();
                    assertThat(afterReply).as("the agent is heard through the new server").isGreaterThan(25);

                    int eventsBeforeEnd = caller.events.size();
                    caller.send(Map.of("type", "end"));
                    assertThat(caller.closeCode.get(20, TimeUnit.SECONDS)).isEqualTo(1000);
                    assertThat(caller.events.subList(eventsBeforeEnd, caller.events.size()))
                            .as("hanging up closes the media without telling the caller to rejoin")
                            .noneMatch(e -> "media_lost".equals(e.get("code")));
                    await().atMost(TURN).until(() -> second.liveObjects().isEmpty());
                } finally {
                    socketServer.disposeNow(Duration.ofSeconds(5));
                }
            }
        }
        String sessionPath = "/v1/workspaces/" + tenant.workspaceId() + "/sessions/" + sessionId;
        await().atMost(TURN).until(() -> "COMPLETED".equals(
                api.call(HttpMethod.GET, sessionPath, tenant.token(), null, 200).get("outcome")));
        List<?> items = (List<?>) await().atMost(TURN).until(() -> api.call(HttpMethod.GET,
                sessionPath + "/events?size=200", tenant.token(), null, 200).get("items"),
                list -> ((List<?>) list).stream().anyMatch(i -> "session_ended".equals(((Map<?, ?>) i).get("type"))));
        assertThat(items).as("one session holds the conversation from both servers")
                .filteredOn(i -> "agent_text_spoken".equals(((Map<?, ?>) i).get("type"))).hasSizeGreaterThanOrEqualTo(2);
    }

    /** Whether {@code event} (that very message: candidates repeat) came at or after position {@code index}. */
    private static boolean after(TestCaller caller, int index, Map<String, Object> event) {
        return caller.events.subList(index, caller.events.size()).stream().anyMatch(e -> e == event);
    }

    private static long lastSeq(TestCaller caller, int upTo) {
        return caller.events.subList(0, upTo).stream().filter(e -> e.get("seq") instanceof Number)
                .mapToLong(e -> ((Number) e.get("seq")).longValue()).max().orElse(0);
    }

    /** The node's session socket handler on its own loopback server, with the Kurento plane in place. */
    private static DisposableServer serve(SessionSocketHandler handler) {
        HandshakeWebSocketService handshake = new HandshakeWebSocketService();
        var http = WebHttpHandlerBuilder.webHandler(exchange -> handshake.handleRequest(exchange, handler)).build();
        return HttpServer.create().host("127.0.0.1").port(0).handle(new ReactorHttpHandlerAdapter(http))
                .bindNow(Duration.ofSeconds(10));
    }
}
