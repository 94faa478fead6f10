package io.parley.app.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.voice.audio.PcmFrame;
import io.parley.voice.audio.WavFile;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Parley's RTP end for real over loopback UDP, with GStreamer ({@code gst-launch-1.0}, Debian gstreamer1.0-tools,
 * gstreamer1.0-plugins-base for opusenc/opusdec and gstreamer1.0-plugins-good for the RTP payloaders) as the peer in
 * place of the KMS RtpEndpoint: espeak-ng speech in as PCMU or Opus RTP, agent audio out as RTP that GStreamer
 * depacketizes and decodes.
 */
class RtpAudioLinkTests {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    Path dir;

    @Test
    void speechSentAsPcmuRtpByGStreamerArrivesAsTwentyMillisecondFramesAtSixteenKilohertz() throws Exception {
        Path wav = dir.resolve("speech.wav");
        run("espeak-ng", "-s", "150", "-w", wav.toString(), "Your order has shipped and arrives on Tuesday");
        WavFile.Audio source = WavFile.read(wav);
        List<PcmFrame> frames = new CopyOnWriteArrayList<>();
        try (RtpAudioLink link = new RtpAudioLink(new RtpPorts(LOOPBACK, 32_000, 32_099).bind())) {
            link.onAudio(frames::add);
            Process gst = new ProcessBuilder("gst-launch-1.0", "-q", "filesrc", "location=" + wav, "!", "wavparse",
                    "!", "audioconvert", "!", "audioresample", "!", "audio/x-raw,rate=8000,channels=1", "!",
                    "mulawenc", "!", "rtppcmupay", "min-ptime=20000000", "max-ptime=20000000", "!", "udpsink", "host=127.0.0.1", "port=" + link.localPort())
                    .redirectErrorStream(true).start();
            assertThat(gst.waitFor(60, TimeUnit.SECONDS)).as("gst-launch-1.0 finished").isTrue();
            String output = new String(gst.getInputStream().readAllBytes());
            assertThat(gst.exitValue()).as("gst-launch-1.0: %s", output).isZero();
            long expectedFrames = Math.round(source.durationMs() / 20);
            await().atMost(Duration.ofSeconds(10)).until(() -> frames.size() >= expectedFrames - 2);
            assertThat(link.packetsIn()).as("20 ms packets, as KMS sends").isGreaterThanOrEqualTo(expectedFrames - 2);
        }
        assertThat(frames).allSatisfy(frame -> {
            assertThat(frame.sampleRate()).isEqualTo(16_000);
            assertThat(frame.samples()).hasSize(320);
        });
        short[] received = concat(frames);
        short[] expected = source.resampledTo(16_000).samples();
        double correlation = envelopeCorrelation(expected, received);
        LoggerFactory.getLogger(RtpAudioLinkTests.class).info("speech over RTP: {} frames, envelope correlation {}",
                frames.size(), String.format("%.3f", correlation));
        assertThat(correlation).as("speech envelope matches the source").isGreaterThan(0.8);
    }

    @Test
    void speechSentAsOpusRtpByGStreamerArrivesAsTwentyMillisecondFramesAtSixteenKilohertz() throws Exception {
        Path wav = dir.resolve("speech.wav");
        run("espeak-ng", "-s", "150", "-w", wav.toString(), "Your order has shipped and arrives on Tuesday");
        WavFile.Audio source = WavFile.read(wav);
        List<PcmFrame> frames = new CopyOnWriteArrayList<>();
        try (RtpAudioLink link = new RtpAudioLink(new RtpPorts(LOOPBACK, 32_300, 32_399).bind())) {
            link.negotiated(new RtpCodec.Negotiated(111, RtpCodec.OPUS, Map.of(111, RtpCodec.OPUS)));
            link.onAudio(frames::add);
            Process gst = new ProcessBuilder("gst-launch-1.0", "-q", "filesrc", "location=" + wav, "!", "wavparse",
                    "!", "audioconvert", "!", "audioresample", "!", "audio/x-raw,rate=48000,channels=1", "!",
                    "opusenc", "frame-size=20", "!", "rtpopuspay", "pt=111", "!", "udpsink", "host=127.0.0.1",
                    "port=" + link.localPort()).redirectErrorStream(true).start();
            assertThat(gst.waitFor(60, TimeUnit.SECONDS)).as("gst-launch-1.0 finished").isTrue();
            String output = new String(gst.getInputStream().readAllBytes());
            assertThat(gst.exitValue()).as("gst-launch-1.0: %s", output).isZero();
            long expectedFrames = Math.round(source.durationMs() / 20);
            await().atMost(Duration.ofSeconds(10)).until(() -> frames.size() >= expectedFrames - 2);
            assertThat(link.packetsIn()).as("20 ms Opus packets").isGreaterThanOrEqualTo(expectedFrames - 2);
        }
        assertThat(frames).allSatisfy(frame -> {
            assertThat(frame.sampleRate()).isEqualTo(16_000);
            assertThat(frame.samples()).hasSize(320);
        });
        double correlation = envelopeCorrelation(source.resampledTo(16_000).samples(), concat(frames));
        LoggerFactory.getLogger(RtpAudioLinkTests.class).info("speech over Opus RTP: {} frames, envelope correlation {}",
                frames.size(), String.format("%.3f", correlation));
        assertThat(correlation).as("speech envelope matches the source").isGreaterThan(0.8);
    }

    @Test
    void agentSpeechLeavesAsOpusRtpThatGStreamerDecodesBackToTheSameSpeech() throws Exception {
        Path wav = dir.resolve("agent.wav");
        run("espeak-ng", "-s", "150", "-w", wav.toString(), "Your table for two is booked for seven tonight");
        short[] agent = WavFile.read(wav).resampledTo(24_000).samples();
        int gstPort;
        try (DatagramSocket probe = new DatagramSocket(0, LOOPBACK)) {
            gstPort = probe.getLocalPort();
        }
        Path raw = dir.resolve("decoded-opus.raw");
        Process gst = new ProcessBuilder("gst-launch-1.0", "-q", "udpsrc", "address=127.0.0.1", "port=" + gstPort,
                "caps=application/x-rtp,media=audio,clock-rate=48000,encoding-name=OPUS,payload=96", "!",
                "rtpopusdepay", "!", "opusdec", "!", "audioconvert", "!", "audioresample", "!",
                "audio/x-raw,format=S16LE,rate=16000,channels=1", "!", "filesink", "buffer-mode=unbuffered",
                "location=" + raw).redirectErrorStream(true).start();
        ScheduledExecutorService session = Executors.newSingleThreadScheduledExecutor();
        int frameSamples = 24_000 / 50;
        int frames = agent.length / frameSamples;
        long expectedBytes = (long) frames * 320 * 2;
        try (RtpAudioLink link = new RtpAudioLink(new RtpPorts(LOOPBACK, 32_400, 32_499).bind())) {
            link.negotiated(new RtpCodec.Negotiated(96, RtpCodec.OPUS, Map.of(96, RtpCodec.OPUS)));
            link.connectTo(new InetSocketAddress(LOOPBACK, gstPort));
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            // The socket is bound before the first packet matters: GStreamer may still be starting, so the speech
            // repeats until the decoded file holds all of it once.
            session.scheduleAtFixedRate(() -> {
                int at = (next.getAndIncrement() % frames) * frameSamples;
                link.send(new PcmFrame(Arrays.copyOfRange(agent, at, at + frameSamples), 24_000));
            }, 0, 20, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(raw) && Files.size(raw) >= 2 * expectedBytes);
            assertThat(link.sending()).isEqualTo(RtpCodec.OPUS);
        } finally {
            session.shutdownNow();
            gst.destroy();
            gst.waitFor(10, TimeUnit.SECONDS);
        }
        byte[] bytes = Files.readAllBytes(raw);
        short[] decoded = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(decoded);
        short[] expected = WavFile.read(wav).resampledTo(16_000).samples();
        double correlation = bestLoopCorrelation(expected, decoded);
        LoggerFactory.getLogger(RtpAudioLinkTests.class).info("agent speech over Opus RTP: envelope correlation {}",
                String.format("%.3f", correlation));
        assertThat(correlation).as("the decoded agent speech matches what was sent").isGreaterThan(0.8);
    }

    /** The received audio holds the looped speech somewhere: correlate one loop's length from each 10 ms offset. */
    private static double bestLoopCorrelation(short[] expected, short[] received) {
        double best = -1;
        for (int start = 0; start + expected.length <= received.length && start <= expected.length; start += 160) {
            best = Math.max(best, envelopeCorrelation(expected,
                    Arrays.copyOfRange(received, start, start + expected.length)));
        }
        return best;
    }

    @Test
    void agentAudioLeavesAsPcmuRtpThatGStreamerDecodesBackToTheTone() throws Exception {
        int gstPort;
        try (DatagramSocket probe = new DatagramSocket(0, LOOPBACK)) {
            gstPort = probe.getLocalPort();
        }
        Path raw = dir.resolve("decoded.raw");
        Process gst = new ProcessBuilder("gst-launch-1.0", "-q", "udpsrc", "address=127.0.0.1", "port=" + gstPort,
                "caps=application/x-rtp,media=audio,clock-rate=8000,encoding-name=PCMU,payload=0", "!",
                "rtppcmudepay", "!", "mulawdec", "!", "audioconvert", "!", "audio/x-raw,format=S16LE", "!",
                "filesink", "buffer-mode=unbuffered", "location=" + raw).redirectErrorStream(true).start();
        ScheduledExecutorService session = Executors.newSingleThreadScheduledExecutor();
        try (RtpAudioLink link = new RtpAudioLink(new RtpPorts(LOOPBACK, 32_100, 32_199).bind())) {
            link.connectTo(new InetSocketAddress(LOOPBACK, gstPort));
            short[] tone = tone(700, 24_000, 20);
            session.scheduleAtFixedRate(() -> link.send(new PcmFrame(tone, 24_000)), 0, 20, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(raw) && Files.size(raw) >= 16_000);
            assertThat(link.packetsOut()).isGreaterThanOrEqualTo(50);
        } finally {
            session.shutdownNow();
            gst.destroy();
            gst.waitFor(10, TimeUnit.SECONDS);
        }
        byte[] bytes = Files.readAllBytes(raw);
        short[] decoded = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(decoded);
        assertThat(dominantFrequency(decoded, 8_000)).as("decoded tone").isBetween(680, 720);
    }

    @Test
    void packetsAreRfc3550PcmuTwentyMillisecondsApartInSequenceAndTimestamp() throws IOException {
        try (DatagramSocket peer = new DatagramSocket(0, LOOPBACK);
                RtpAudioLink link = new RtpAudioLink(new RtpPorts(LOOPBACK, 32_200, 32_299).bind())) {
            peer.setSoTimeout(5_000);
            link.connectTo(new InetSocketAddress(LOOPBACK, peer.getLocalPort()));
            link.send(new PcmFrame(tone(300, 16_000, 30), 16_000)); // 30 ms: one packet, 10 ms held back
            link.flush();
            link.send(new PcmFrame(tone(300, 16_000, 40), 16_000)); // after a flush: exactly two packets
            byte[][] packets = {receive(peer), receive(peer), receive(peer)};
            for (byte[] packet : packets) {
                assertThat(packet).hasSize(12 + 160);
                assertThat(packet[0] & 0xFF).isEqualTo(0x80);
                assertThat(packet[1] & 0x7F).isZero();
            }
            assertThat(packets[0][1] & 0x80).as("marker on the first packet").isNotZero();
            assertThat(packets[1][1] & 0x80).isZero();
            assertThat(u16(packets[1], 2) - u16(packets[0], 2)).isEqualTo(1);
            assertThat(u32(packets[2], 4) - u32(packets[1], 4)).isEqualTo(160);
            assertThat(link.packetsOut()).isEqualTo(3);
        }
    }

    private static byte[] receive(DatagramSocket socket) throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
        socket.receive(packet);
        return java.util.Arrays.copyOf(packet.getData(), packet.getLength());
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at) {
        return ((long) u16(b, at) << 16) | u16(b, at + 2);
    }

    static short[] tone(int hz, int rate, int ms) {
        short[] samples = new short[rate * ms / 1000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (8000 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return samples;
    }

    private static short[] concat(List<PcmFrame> frames) {
        short[] all = new short[frames.stream().mapToInt(f -> f.samples().length).sum()];
        int at = 0;
        for (PcmFrame frame : frames) {
            System.arraycopy(frame.samples(), 0, all, at, frame.samples().length);
            at += frame.samples().length;
        }
        return all;
    }

    /** Best correlation of 10 ms RMS envelopes over lags up to 200 ms (transport delay and filter latency). */
    private static double envelopeCorrelation(short[] a, short[] b) {
        double[] ea = envelope(a);
        double[] eb = envelope(b);
        double best = -1;
        for (int lag = 0; lag <= 20; lag++) {
            int n = Math.min(ea.length, eb.length - lag);
            double ma = 0;
            double mb = 0;
            for (int i = 0; i < n; i++) {
                ma += ea[i];
                mb += eb[i + lag];
            }
            ma /= n;
            mb /= n;
            double num = 0;
            double da = 0;
            double db = 0;
            for (int i = 0; i < n; i++) {
                num += (ea[i] - ma) * (eb[i + lag] - mb);
                da += (ea[i] - ma) * (ea[i] - ma);
                db += (eb[i + lag] - mb) * (eb[i + lag] - mb);
            }
            best = Math.max(best, num / Math.sqrt(da * db));
        }
        return best;
    }

    private static double[] envelope(short[] samples) {
        double[] env = new double[samples.length / 160];
        for (int w = 0; w < env.length; w++) {
            double sum = 0;
            for (int i = w * 160; i < (w + 1) * 160; i++) {
                sum += (double) samples[i] * samples[i];
            }
            env[w] = Math.sqrt(sum / 160);
        }
        return env;
    }

    /** The strongest frequency between 100 and 2000 Hz, by Goertzel in 10 Hz steps. */
    static int dominantFrequency(short[] samples, int rate) {
        int best = 0;
        double bestPower = -1;
        int n = Math.min(samples.length, rate);
        for (int hz = 100; hz <= 2000; hz += 10) {
            double coefficient = 2 * Math.cos(2 * Math.PI * hz / rate);
            double s1 = 0;
            double s2 = 0;
            for (int i = samples.length - n; i < samples.length; i++) {
                double s = samples[i] + coefficient * s1 - s2;
                s2 = s1;
                s1 = s;
            }
            double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
            if (power > bestPower) {
                bestPower = power;
                best = hz;
            }
        }
        return best;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command[0], output).isZero();
    }
}
