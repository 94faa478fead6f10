package io.parley.app.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.app.media.WebRtcLeg;
import io.parley.app.media.webrtc.IceServer;
import io.parley.voice.audio.G711;
import io.parley.voice.audio.OpusCodec;
import io.parley.voice.audio.PcmFrame;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A call's audio through the plane: the test plays the KMS RtpEndpoint's UDP side (the stand-in announces the test's
 * port in its answer), so caller audio reaches the session as frames and agent audio leaves for the port KMS named,
 * in the codec the RTP answer settled.
 */
class KurentoLegAudioTests {

    @Test
    void aServerWithoutOpusOnItsRtpLegGetsPcmuBothWays() throws Exception {
        try (KmsStandIn kms = new KmsStandIn();
                DatagramSocket kmsRtp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                KurentoPool pool = new KurentoPool(KurentoPlaneTests.properties(10, kms))) {
            kms.announceRtpPort(kmsRtp.getLocalPort());
            kms.rtpCodecs(Set.of("PCMU/8000", "PCMA/8000"));
            KurentoPlane plane = new KurentoPlane(pool, KurentoPlaneTests.properties(10, kms));
            WebRtcLeg leg = plane.answer(KurentoPlaneTests.chromiumOffer(), List.<IceServer>of(), candidate -> { });
            List<PcmFrame> frames = new CopyOnWriteArrayList<>();
            leg.onCallerAudio(frames::add);
            int parleyPort = parleyRtpPort(kms);

            byte[] payload = G711.encodeUlaw(RtpAudioLinkTests.tone(500, 8_000, 20));
            for (int i = 0; i < 5; i++) {
                kmsRtp.send(rtp(0, i, i * 160, payload, parleyPort));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> frames.size() >= 4);
            assertThat(frames.getFirst().sampleRate()).isEqualTo(16_000);

            leg.sendAgentAudio(new PcmFrame(RtpAudioLinkTests.tone(500, 16_000, 20), 16_000));
            kmsRtp.setSoTimeout(5_000);
            DatagramPacket agent = new DatagramPacket(new byte[2048], 2048);
            kmsRtp.receive(agent);
            assertThat(agent.getLength()).isEqualTo(12 + 160);
            assertThat(agent.getData()[1] & 0x7F).as("PCMU").isZero();
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

    @Test
    void aServerThatAnswersOpusGetsOpusBothWaysAtFortyEightKilohertz() throws Exception {
        try (KmsStandIn kms = new KmsStandIn();
                DatagramSocket kmsRtp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                KurentoPool pool = new KurentoPool(KurentoPlaneTests.properties(10, kms));
                OpusCodec.Encoder encoder = OpusCodec.encoder(48_000, 32_000);
                OpusCodec.Decoder decoder = OpusCodec.decoder(48_000)) {
            kms.announceRtpPort(kmsRtp.getLocalPort());
            KurentoPlane plane = new KurentoPlane(pool, KurentoPlaneTests.properties(10, kms));
            WebRtcLeg leg = plane.answer(KurentoPlaneTests.chromiumOffer(), List.<IceServer>of(), candidate -> { });
            List<PcmFrame> frames = new CopyOnWriteArrayList<>();
            leg.onCallerAudio(frames::add);
            int parleyPort = parleyRtpPort(kms);

            short[] tone = RtpAudioLinkTests.tone(600, 48_000, 20);
            for (int i = 0; i < 25; i++) {
                kmsRtp.send(rtp(96, i, i * 960, encoder.encode(tone), parleyPort));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> frames.size() >= 24);
            short[] heard = Arrays.copyOfRange(concat(frames), 16_000 * 100 / 1000, 16_000 * 480 / 1000);
            assertThat(RtpAudioLinkTests.dominantFrequency(heard, 16_000)).as("caller tone").isBetween(580, 620);

            kmsRtp.setSoTimeout(5_000);
            List<short[]> decoded = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 25; i++) {
                leg.sendAgentAudio(new PcmFrame(RtpAudioLinkTests.tone(700, 16_000, 20), 16_000));
                DatagramPacket agent = new DatagramPacket(new byte[2048], 2048);
                kmsRtp.receive(agent);
                assertThat(agent.getData()[1] & 0x7F).as("Opus, as answered").isEqualTo(96);
                decoded.add(decoder.decode(Arrays.copyOfRange(agent.getData(), 12, agent.getLength())));
            }
            assertThat(decoded).allSatisfy(samples -> assertThat(samples).hasSize(960));
            short[] agentTone = Arrays.copyOfRange(concatArrays(decoded), 48_000 / 10, 48_000 * 480 / 1000);
            assertThat(RtpAudioLinkTests.dominantFrequency(agentTone, 48_000)).as("agent tone").isBetween(680, 720);
            leg.close();
        }
    }

    static DatagramPacket rtp(int payloadType, int sequence, int timestamp, byte[] payload, int port) {
        byte[] packet = new byte[12 + payload.length];
        packet[0] = (byte) 0x80;
        packet[1] = (byte) payloadType;
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        packet[4] = (byte) (timestamp >> 24);
        packet[5] = (byte) (timestamp >> 16);
        packet[6] = (byte) (timestamp >> 8);
        packet[7] = (byte) timestamp;
        System.arraycopy(payload, 0, packet, 12, payload.length);
        return new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(), port);
    }

    private static short[] concat(List<PcmFrame> frames) {
        return concatArrays(frames.stream().map(PcmFrame::samples).toList());
    }

    private static short[] concatArrays(List<short[]> parts) {
        short[] all = new short[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static int parleyRtpPort(KmsStandIn kms) {
        String offer = kms.requests().stream()
                .filter(r -> "processOffer".equals(r.path("params").path("operation").asString())).findFirst()
                .orElseThrow().path("params").path("operationParams").path("offer").asString();
        Matcher port = Pattern.compile("m=audio (\\d+) RTP/AVP").matcher(offer);
        assertThat(port.find()).isTrue();
        return Integer.parseInt(port.group(1));
    }
}
