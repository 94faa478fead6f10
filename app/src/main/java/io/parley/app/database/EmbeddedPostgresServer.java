package io.parley.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM. The data directory is kept between runs, so a
 * restarted node finds its data again; the server stops when the JVM exits.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

    /** Starts (or reuses) the server on {@code dataDirectory}; {@code null} means a fresh temporary directory. */
    public static EmbeddedPostgres start(Path dataDirectory) {
        Path dir = dataDirectory == null ? tempDir() : dataDirectory.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(dir, EmbeddedPostgresServer::launch);
    }

    private static EmbeddedPostgres launch(Path dir) {
        try {
            Files.createDirectories(dir);
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                try {
                    pg.close();
                } catch (IOException | RuntimeException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dir, e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("parley-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
