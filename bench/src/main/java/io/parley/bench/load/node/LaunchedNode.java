package io.parley.bench.load.node;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A Parley node the harness runs itself: a child JVM from the app's executable jar, over a {@link PostgresServer}
 * the harness owns, with the session cap high enough for the run. Its output goes to {@code node.log} in the work
 * directory.
 */
public final class LaunchedNode implements NodeUnderTest {

    /**
     * @param appJar      the executable jar ({@code app/target/parley-app-*.jar})
     * @param workDir     where PostgreSQL's data, the spool and the node's log go
     * @param maxSessions {@code parley.sessions.max-per-node}
     * @param heap        the node's {@code -Xmx}, e.g. {@code 2g}
     * @param settings    further {@code --key=value} settings (e.g. the engines the node should use)
     */
    public record Spec(Path appJar, Path workDir, int maxSessions, String heap, List<String> settings) {
    }

    private static final Duration READY = Duration.ofMinutes(3);

    private final Process process;
    private final PostgresServer postgres;
    private final String baseUrl;
    private final Path workDir;

    private LaunchedNode(Process process, PostgresServer postgres, String baseUrl, Path workDir) {
        this.workDir = workDir;
        this.process = process;
        this.postgres = postgres;
        this.baseUrl = baseUrl;
    }

    public static LaunchedNode start(Spec spec) throws IOException, InterruptedException {
        if (!Files.isRegularFile(spec.appJar())) {
            throw new IOException("no node jar at " + spec.appJar() + ": build it with ./mvnw -pl app -am package");
        }
        Files.createDirectories(spec.workDir());
        PostgresServer db = PostgresServer.start(spec.workDir().resolve("postgres"), 0);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseZGC", "-Xmx" + spec.heap(), "-XX:+ExitOnOutOfMemoryError",
                "-jar", spec.appJar().toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                // A database that is away must fail fast, so the interaction log spools instead of waiting.
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.validation-timeout=500",
                "--parley.demo.enabled=false",
                "--parley.sessions.max-per-node=" + spec.maxSessions(),
                "--parley.webrtc.max-peers=" + spec.maxSessions(),
                "--parley.interaction-log.spool-directory=" + spec.workDir().resolve("spool").toAbsolutePath(),
                "--logging.level.root=WARN",
                "--logging.level.io.parley=INFO"));
        command.addAll(spec.settings());
        Path log = spec.workDir().resolve("node.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        LaunchedNode node = new LaunchedNode(process, db, "http://127.0.0.1:" + port, spec.workDir());
        try {
            node.awaitReady(log);
        } catch (IOException | RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the node exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IOException("the node was not ready within " + READY + "; see " + log);
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.of(process.pid());
    }

    @Override
    public PostgresServer postgres() {
        return postgres;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            postgres.close();
            deleteTree(workDir.resolve("postgres")); // hundreds of MB; the node's log stays for reading
        } catch (IOException ignored) {
            // the run is over; what cannot be removed stays in the temporary directory
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
