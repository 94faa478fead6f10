package io.parley.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database before the context starts: {@code DATABASE_URL} if set, else explicit
 * {@code spring.datasource.url}, else an embedded PostgreSQL whose data lives in
 * {@code parley.database.embedded.data-dir} (default {@code data/postgres}; {@code temporary} for a throwaway one).
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "parleyDatabase";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String databaseUrl = env.getProperty("DATABASE_URL");
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            add(env, DatabaseUrl.toDatasourceProperties(databaseUrl));
            return;
        }
        if (env.getProperty("spring.datasource.url") != null
                || !env.getProperty("parley.database.embedded.enabled", Boolean.class, true)) {
            return;
        }
        String dataDir = env.getProperty("parley.database.embedded.data-dir", "data/postgres");
        EmbeddedPostgres pg = EmbeddedPostgresServer.start("temporary".equals(dataDir) ? null : Path.of(dataDir));
        add(env, Map.of(
                "spring.datasource.url", pg.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", ""));
    }

    private static void add(ConfigurableEnvironment env, Map<String, Object> props) {
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE, props));
    }

    @Override
    public int getOrder() {
        // After config data, so application.yml and profiles can choose the data directory.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
