package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's coturn on loopback with Parley's TURN REST setup ({@code use-auth-secret} + a random
 * {@code static-auth-secret}), started and stopped by a test.
 */
final class Coturn implements AutoCloseable {

    static final Path TURNSERVER = Path.of("/usr/bin/turnserver");

    private final Process process;
    private final Path log;
    private final String secret;
    private final int port;

    private Coturn(Process process, Path log, String secret, int port) {
        this.process = process;
        this.log = log;
        this.secret = secret;
        this.port = port;
    }

    static Coturn start(Path directory) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        int port = freeUdpPort();
        Path config = directory.resolve("turnserver.conf");
        Path log = directory.resolve("turnserver.log");
        Files.writeString(config, String.join("\n",
                "listening-ip=127.0.0.1",
                "relay-ip=127.0.0.1",
                "listening-port=" + port,
                "min-port=49160",
                "max-port=49200",
                "realm=parley.test",
                "use-auth-secret",
                "static-auth-secret=" + secret,
                // The test's peers live on this machine; production keeps coturn's default refusal of loopback.
                "allow-loopback-peers",
                "no-tls",
                "no-dtls",
                "no-tcp-relay",
                "no-cli",
                "no-multicast-peers",
                "fingerprint",
                "log-file=" + log,
                "simple-log",
                "pidfile=" + directory.resolve("turnserver.pid"),
                ""));
        Process process = new ProcessBuilder(TURNSERVER.toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("turnserver.out").toFile()).start();
        Coturn coturn = new Coturn(process, log, secret, port);
        coturn.awaitListening();
        return coturn;
    }

    String secret() {
        return secret;
    }

    List<String> urls() {
        return List.of("turn:127.0.0.1:" + port + "?transport=udp");
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException unreadable) {
            return "";
        }
    }

    /** Polls with STUN binding requests (the real protocol) until coturn answers, within a bounded time. */
    private void awaitListening() throws IOException {
        byte[] transaction = new byte[12];
        new SecureRandom().nextBytes(transaction);
        byte[] request = ByteBuffer.allocate(20).putShort((short) 0x0001).putShort((short) 0).putInt(0x2112A442)
                .put(transaction).array();
        InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(100);
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("turnserver exited early:%n%s", log()).isTrue();
                socket.send(new DatagramPacket(request, request.length, server));
                byte[] response = new byte[512];
                try {
                    DatagramPacket packet = new DatagramPacket(response, response.length);
                    socket.receive(packet);
                    if (packet.getLength() >= 20 && ByteBuffer.wrap(response).getShort() == 0x0101) {
                        return;
                    }
                } catch (SocketTimeoutException notYet) {
                    // coturn is still starting; ask again
                }
            }
        }
        throw new AssertionError("turnserver did not answer STUN on port " + port + ":\n" + log());
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
