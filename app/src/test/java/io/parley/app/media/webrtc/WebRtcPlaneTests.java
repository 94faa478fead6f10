package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Negotiation, refusals and bad input on the plane, against real libwebrtc offers (no browser, no media). */
class WebRtcPlaneTests {

    private final WebRtcPlane plane = new WebRtcPlane(
            new WebRtcProperties(1, 0, 0, Duration.ofSeconds(5), Duration.ofSeconds(2), List.of()));
    private JvmOfferer offerer;
    private final List<WebRtcCall> calls = new ArrayList<>();

    @BeforeEach
    void startOfferer() {
        offerer = new JvmOfferer();
    }

    @AfterEach
    void closeAll() {
        calls.forEach(WebRtcCall::close);
        plane.close();
        offerer.close();
    }

    @Test
    void answersAnOfferWithOpusAudioBothWays() throws Exception {
        WebRtcCall call = answer(offerer.offer());

        assertThat(call.answerSdp()).startsWith("v=0").contains("m=audio").containsIgnoringCase("opus/48000")
                .contains("a=sendrecv");
        assertThat(call.transport()).isEqualTo("webrtc");
        assertThat(plane.activeCalls()).isOne();
    }

    @Test
    void malformedOffersGetAClearErrorAndLeaveTheNodeServing() throws Exception {
        String valid = offerer.offer();
        List<String> malformed = List.of("", "hello", "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n",
                "v=0\r\nm=audio not-a-port RTP/AVP x\r\n",
                valid.replaceAll("a=fingerprint:[^\r\n]*\r\n", ""),
                valid.replace("a=ice-ufrag:", "a=ice-ufrag-broken:"));

        for (String offer : malformed) {
            assertThatThrownBy(() -> answer(offer))
                    .isInstanceOfSatisfying(WebRtcException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(WebRtcException.Reason.BAD_INPUT))
                    .hasMessageContaining("offer");
            assertThat(plane.activeCalls()).as("nothing left behind by %s", offer).isZero();
        }
        assertThatThrownBy(() -> answer(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the SDP offer is empty");
        assertThat(answer(valid).answerSdp()).as("the node still answers good offers").contains("m=audio");
    }

    @Test
    void atMaxPeersANewCallIsRefusedWhileTheLiveOneCarriesOn() throws Exception {
        WebRtcCall live = answer(offerer.offer());
        try (JvmOfferer second = new JvmOfferer()) {
            String secondOffer = second.offer();

            assertThatThrownBy(() -> answer(secondOffer))
                    .isInstanceOfSatisfying(WebRtcException.class,
                            refused -> assertThat(refused.reason()).isEqualTo(WebRtcException.Reason.AT_CAPACITY))
                    .hasMessageContaining("limit of 1");
            assertThat(live.restartIce(offerer.offer(true))).as("the live call still negotiates").contains("m=audio");

            live.close();
            assertThat(answer(secondOffer).answerSdp()).as("a freed slot is usable again").contains("m=audio");
        }
    }

    @Test
    void anIceRestartAnswersWithFreshIceCredentialsOnTheSameCall() throws Exception {
        WebRtcCall call = answer(offerer.offer());
        String firstUfrag = ufrag(call.answerSdp());

        String restarted = call.restartIce(offerer.offer(true));

        assertThat(ufrag(restarted)).isNotEqualTo(firstUfrag);
        assertThat(call.answerSdp()).isEqualTo(restarted);
        assertThat(plane.activeCalls()).isOne();
        assertThatThrownBy(() -> call.restartIce("v=0\r\nm=audio broken\r\n"))
                .isInstanceOf(WebRtcException.class).hasMessageContaining("offer");
        assertThat(call.restartIce(offerer.offer(true))).as("a bad restart offer does not break the call")
                .contains("m=audio");
    }

    @Test
    void localCandidatesWaitForTheAnswerAndBadRemoteCandidatesAreRefused() throws Exception {
        List<IceCandidate> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<IceCandidate> first = new CompletableFuture<>();
        WebRtcCall call = plane.answer(offerer.offer(), List.of(), candidate -> {
            delivered.add(candidate);
            first.complete(candidate);
        });
        calls.add(call);
        assertThat(delivered).as("held until the answer is delivered").isEmpty();

        call.answerDelivered();
        assertThat(first.get(5, TimeUnit.SECONDS).candidate()).as("released after the answer")
                .startsWith("candidate:");

        assertThatThrownBy(() -> call.addRemoteCandidate(new IceCandidate("garbage", "0", 0)))
                .isInstanceOf(WebRtcException.class).hasMessageContaining("not an ICE candidate");
        call.addRemoteCandidate(new IceCandidate("", "0", 0));

        call.close();
        assertThatThrownBy(() -> call.addRemoteCandidate(new IceCandidate("", "0", 0)))
                .isInstanceOfSatisfying(WebRtcException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(WebRtcException.Reason.CLOSED));
    }

    @Test
    void localCandidatesStayInTheConfiguredPortRange() throws Exception {
        CompletableFuture<IceCandidate> first = new CompletableFuture<>();
        try (WebRtcPlane ranged = new WebRtcPlane(
                new WebRtcProperties(1, 50_100, 50_120, Duration.ofSeconds(5), Duration.ofSeconds(2), List.of()))) {
            WebRtcCall call = ranged.answer(offerer.offer(), List.of(), first::complete);
            call.answerDelivered();

            String[] fields = first.get(5, TimeUnit.SECONDS).candidate().split(" ");
            assertThat(Integer.parseInt(fields[5])).isBetween(50_100, 50_120);
        }
    }

    @Test
    void callAfterCallReusesNativeStacksSoThreadsDoNotGrow() throws Exception {
        String offer = offerer.offer();
        try (WebRtcPlane busy = new WebRtcPlane(
                new WebRtcProperties(3, 0, 0, Duration.ofSeconds(5), Duration.ofSeconds(2), List.of()))) {
            for (int round = 0; round < 2; round++) {
                roundOfCalls(busy, offer);
            }
            int threadsAfterWarmUp = nativeAndJavaThreads();
            for (int round = 0; round < 5; round++) {
                roundOfCalls(busy, offer);
            }

            assertThat(busy.idleEngines()).isEqualTo(3);
            // Without reuse each call leaks two native threads (30 here); a few JVM threads may come and go.
            assertThat(nativeAndJavaThreads()).as("threads after five more rounds of three calls")
                    .isLessThanOrEqualTo(threadsAfterWarmUp + 4);
        }
    }

    private static void roundOfCalls(WebRtcPlane busy, String offer) {
        List<WebRtcCall> round = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            round.add(busy.answer(offer, List.of(), candidate -> { }));
        }
        round.forEach(WebRtcCall::close);
    }

    /** Every thread of this process, native ones included (Linux). */
    private static int nativeAndJavaThreads() {
        String[] tasks = new java.io.File("/proc/self/task").list();
        return tasks == null ? 0 : tasks.length;
    }

    @Test
    void closingReportsTheReasonOnceAndFreesTheSlot() throws Exception {
        WebRtcCall call = answer(offerer.offer());
        List<String> reasons = new ArrayList<>();
        call.onClosed(reasons::add);

        call.close();
        call.close();

        assertThat(reasons).containsExactly("closed by the server");
        assertThat(plane.activeCalls()).isZero();
    }

    private WebRtcCall answer(String offer) {
        WebRtcCall call = plane.answer(offer, List.of(), candidate -> { });
        calls.add(call);
        return call;
    }

    private static String ufrag(String sdp) {
        return sdp.lines().filter(line -> line.startsWith("a=ice-ufrag:")).findFirst().orElseThrow();
    }
}
