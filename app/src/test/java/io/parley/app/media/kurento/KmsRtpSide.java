package io.parley.app.media.kurento;

import io.parley.voice.audio.OpusCodec;
import io.parley.voice.audio.WavFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the UDP side of a stand-in's RtpEndpoint, which moves no media itself: the stand-in announces this socket's
 * port in its RTP answer, so Parley sends the agent's audio here; and this side streams the caller's audio to Parley
 * as a KMS would, one 20 ms Opus packet (payload type 96, as offered) every 20 ms, speech when queued, else silence.
 */
public final class KmsRtpSide implements AutoCloseable {

    private static final int RATE = 48_000;
    private static final int FRAME = RATE / 50;

    private final DatagramSocket socket;
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrentLinkedQueue<short[]> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong received = new AtomicLong();
    private final OpusCodec.Encoder encoder = OpusCodec.encoder(RATE, 32_000);
    private final Thread receiver;
    private volatile int lastPayloadType = -1;
    private int sequence;

    public KmsRtpSide() {
        try {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        receiver = Thread.ofVirtual().start(this::receive);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Starts sending the caller's audio to Parley's RTP port for this server's call. */
    public void streamTo(int parleyPort) {
        pacer.scheduleAtFixedRate(() -> {
            short[] frame = queue.poll();
            byte[] payload;
            synchronized (encoder) {
                payload = encoder.encode(frame == null ? new short[FRAME] : frame);
            }
            byte[] packet = new byte[12 + payload.length];
            packet[0] = (byte) 0x80;
            packet[1] = (byte) 96;
            packet[2] = (byte) (sequence >> 8);
            packet[3] = (byte) sequence;
            long timestamp = (long) sequence * FRAME;
            packet[4] = (byte) (timestamp >> 24);
            packet[5] = (byte) (timestamp >> 16);
            packet[6] = (byte) (timestamp >> 8);
            packet[7] = (byte) timestamp;
            packet[11] = 0x42;
            sequence++;
            System.arraycopy(payload, 0, packet, 12, payload.length);
            try {
                socket.send(new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(), parleyPort));
            } catch (IOException closed) {
                // the test is over
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
    }

    /** Queues espeak-ng speech of {@code text} as the caller's next words. */
    public void say(String text) throws IOException, InterruptedException {
        Path wav = Files.createTempFile("kms-caller", ".wav");
        Process espeak = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "150", "-w", wav.toString(), text)
                .redirectErrorStream(true).start();
        if (espeak.waitFor() != 0) {
            throw new IOException("espeak-ng failed");
        }
        short[] samples = WavFile.read(wav).resampledTo(RATE).samples();
        Files.deleteIfExists(wav);
        for (int at = 0; at + FRAME <= samples.length; at += FRAME) {
            queue.add(Arrays.copyOfRange(samples, at, at + FRAME));
        }
    }

    /** RTP packets Parley has sent here: the agent's audio. */
    public long packetsReceived() {
        return received.get();
    }

    public int lastPayloadType() {
        return lastPayloadType;
    }

    private void receive() {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
                lastPayloadType = buffer[1] & 0x7F;
                received.incrementAndGet();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** The UDP port Parley offered the stand-in's RtpEndpoint: where this side's audio must go. */
    public static int parleyPort(KmsStandIn kms) {
        String offer = kms.requests().stream()
                .filter(r -> "processOffer".equals(r.path("params").path("operation").asString()))
                .filter(r -> r.path("params").path("object").asString().endsWith("_kurento.RtpEndpoint"))
                .reduce((first, last) -> last).orElseThrow()
                .path("params").path("operationParams").path("offer").asString();
        Matcher port = Pattern.compile("m=audio (\\d+) RTP/AVP").matcher(offer);
        if (!port.find()) {
            throw new IllegalStateException("no RTP offer in " + offer);
        }
        return Integer.parseInt(port.group(1));
    }

    /** The recorded Chromium audio offer (scenario 2). */
    public static String chromiumOffer() {
        try (InputStream in = KmsRtpSide.class.getResourceAsStream("/kurento/chromium-audio-offer.sdp")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pacer.shutdownNow();
        socket.close();
        receiver.interrupt();
        try {
            pacer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (encoder) {
            encoder.close();
        }
    }
}
