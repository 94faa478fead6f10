package io.parley.app.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.app.media.WebRtcLeg;
import io.parley.app.media.webrtc.IceServer;
import io.parley.voice.audio.G711;
import io.parley.voice.audio.PcmFrame;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A call's audio through the plane: the test plays the KMS RtpEndpoint's UDP side (the stand-in announces the test's
 * port in its answer), so caller audio reaches the session as frames and agent audio leaves for the port KMS named.
 */
class KurentoLegAudioTests {

    @Test
    void callerRtpBecomesFramesAndAgentAudioGoesToThePortKurentoAnswered() throws Exception {
        try (KmsStandIn kms = new KmsStandIn();
                DatagramSocket kmsRtp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                KurentoPool pool = new KurentoPool(KurentoPlaneTests.properties(10, kms))) {
            kms.announceRtpPort(kmsRtp.getLocalPort());
            KurentoPlane plane = new KurentoPlane(pool, KurentoPlaneTests.properties(10, kms));
            WebRtcLeg leg = plane.answer(KurentoPlaneTests.chromiumOffer(), List.<IceServer>of(), candidate -> { });
            List<PcmFrame> frames = new CopyOnWriteArrayList<>();
            leg.onCallerAudio(frames::add);
            int parleyPort = parleyRtpPort(kms);

            byte[] payload = G711.encodeUlaw(RtpAudioLinkTests.tone(500, 8_000, 20));
            for (int i = 0; i < 5; i++) {
                byte[] packet = new byte[12 + payload.length];
                packet[0] = (byte) 0x80;
                packet[3] = (byte) i;
                packet[7] = (byte) (i * 160);
                System.arraycopy(payload, 0, packet, 12, payload.length);
                kmsRtp.send(new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(), parleyPort));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> frames.size() >= 4);
            assertThat(frames.getFirst().sampleRate()).isEqualTo(16_000);

            leg.sendAgentAudio(new PcmFrame(RtpAudioLinkTests.tone(500, 16_000, 20), 16_000));
            kmsRtp.setSoTimeout(5_000);
            DatagramPacket agent = new DatagramPacket(new byte[2048], 2048);
            kmsRtp.receive(agent);
            assertThat(agent.getLength()).isEqualTo(12 + 160);
            assertThat(agent.getPort()).isEqualTo(parleyPort);

            leg.close();
            leg.sendAgentAudio(new PcmFrame(RtpAudioLinkTests.tone(500, 16_000, 20), 16_000));
            kmsRtp.setSoTimeout(300);
            boolean silentAfterClose;
            try {
                kmsRtp.receive(agent);
                silentAfterClose = false;
            } catch (SocketTimeoutException expected) {
                silentAfterClose = true;
            }
            assertThat(silentAfterClose).as("no RTP after the call ended").isTrue();
        }
    }

    private static int parleyRtpPort(KmsStandIn kms) {
        String offer = kms.requests().stream()
                .filter(r -> "processOffer".equals(r.path("params").path("operation").asString())).findFirst()
                .orElseThrow().path("params").path("operationParams").path("offer").asString();
        Matcher port = Pattern.compile("m=audio (\\d+) RTP/AVP").matcher(offer);
        assertThat(port.find()).isTrue();
        return Integer.parseInt(port.group(1));
    }
}
