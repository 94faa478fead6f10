package io.parley.app.interactionlog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server of the test's own, which the test may stop and start again on the same data directory
 * and port, as an operator restarting the database would.
 */
final class DedicatedPostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private DedicatedPostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    static DedicatedPostgres start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        DedicatedPostgres db = new DedicatedPostgres(dataDirectory, freePort());
        db.restart();
        return db;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:%d/postgres".formatted(port);
    }

    /** Stops the server as a fast shutdown does: open connections are cut. */
    void stop() throws IOException {
        server.close();
        server = null;
    }

    void restart() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
