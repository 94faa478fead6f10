package io.parley.bench.load.node;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The node's PostgreSQL, a real server the harness owns (zonky embedded binaries) on a fixed loopback port, so it
 * can stop it mid-run and start it again on the same data and port, as an operator restarting the database would.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private PostgresServer(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts a fresh server; {@code port} 0 picks a free one, kept across restarts. */
    public static PostgresServer start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        PostgresServer db = new PostgresServer(dataDirectory, port == 0 ? freePort() : port);
        db.restart();
        return db;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:%d/postgres".formatted(port);
    }

    public synchronized boolean running() {
        return server != null;
    }

    /** Stops the server as a fast shutdown does: open connections are cut. */
    public synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts the server on its data directory (initialised on the first start); never cleans the data away. */
    public synchronized void restart() throws IOException {
        if (server == null) {
            // Not "clean": zonky would delete a clean data directory when the server stops, and a restart must
            // find the node's data where it left it.
            server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).start();
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
