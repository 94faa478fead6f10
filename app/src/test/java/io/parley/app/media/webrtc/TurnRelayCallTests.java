package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A relay-only call: the browser may use nothing but TURN relay candidates, with TURN REST credentials from
 * {@link TurnCredentials} checked by a real coturn on loopback, and audio still flows both ways.
 */
class TurnRelayCallTests {

    static WebRtcPlane plane;

    @BeforeAll
    static void createPlane() {
        plane = new WebRtcPlane(WebRtcProperties.defaults());
    }

    @BeforeEach
    void requireBrowser() throws Exception {
        BrowserCaller.assumeBrowserAvailable();
        BrowserCaller.ensurePlaywright();
    }

    @AfterAll
    static void stopPlane() {
        if (plane != null) {
            plane.close();
        }
    }

    @Test
    void aRelayOnlyBrowserCallCarriesAudioThroughCoturn(@TempDir Path temp) throws Exception {
        Path wav = BrowserCaller.speechWav(temp, BrowserCallTests.SPEECH);
        assertThat(Files.isExecutable(Coturn.TURNSERVER)).as("coturn is installed (apt-get install coturn)").isTrue();
        try (Coturn coturn = Coturn.start(temp)) {
            TurnCredentials credentials = new TurnCredentials(coturn.secret(), Duration.ofMinutes(10),
                    Clock.systemUTC());
            IceServer forBrowser = credentials.issue("browser-caller", coturn.urls());
            IceServer forPlane = credentials.issue("parley-node", coturn.urls());
            try (TestSignalingServer signaling =
                         new TestSignalingServer(plane, List.of(forPlane), List.of(forBrowser), true)) {
                JsonNode result = BrowserCaller.call(signaling.url(), wav);
                System.out.println("relay call, browser measured: " + result);

                assertThat(result.path("pair").path("localType").asString())
                        .as("the browser's side of the selected pair is a TURN relay: %s%ncoturn log:%n%s",
                                result, coturn.log())
                        .isEqualTo("relay");
                BrowserCallTests.assertBrowserHeardTheAgentOnly(result);
                BrowserCallTests.assertJvmHeardTheCaller(signaling.callerFrames(), Wav.read(wav));
            }
        }
    }
}
