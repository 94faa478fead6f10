package io.parley.app.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The SDK binding pages (frontend/examples/sdk-pages), built by the front-end build, served by a small static
 * server on a loopback port of their own: a different origin from the Parley node, as on a tenant's site, so the
 * publishable key's allowed-origin check is the real one.
 */
final class SdkPages implements AutoCloseable {

    static final Path FRONTEND = Path.of("../frontend");
    static final Path DIST = FRONTEND.resolve("examples/sdk-pages/dist");

    private final HttpServer server;

    private SdkPages(HttpServer server) {
        this.server = server;
    }

    /** Builds the pages when the front-end build has not (a fresh checkout running only the app tests). */
    static void ensureBuilt() throws IOException, InterruptedException {
        if (Files.exists(DIST.resolve("core.html"))) {
            return;
        }
        if (!Files.isDirectory(FRONTEND.resolve("node_modules"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        }
        run(List.of("npm", "run", "build"), 300);
        assertThat(DIST.resolve("core.html")).as("the SDK pages were built").exists();
    }

    static SdkPages serve() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        Path root = DIST.toAbsolutePath().normalize();
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(root) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : "not found".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", found ? contentType(file) : "text/plain");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new SdkPages(server);
    }

    /** The pages' origin, as the browser sends it in {@code Origin}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "application/octet-stream";
    }

    private static void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("parley-frontend-build-", ".log");
        Process process = new ProcessBuilder(command).directory(FRONTEND.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        assertThat(finished).as("%s finished within %d s:%n%s", command, timeoutSeconds, output).isTrue();
        assertThat(process.exitValue()).as("%s in %s:%n%s", command, FRONTEND, output).isZero();
    }
}
