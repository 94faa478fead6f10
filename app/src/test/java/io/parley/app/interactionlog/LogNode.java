package io.parley.app.interactionlog;

import io.parley.tenant.session.SessionRecorder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The part of a Parley node the interaction log lives in, over a database of the test's choosing: Flyway's schema,
 * the tenant module's {@link SessionRecorder} (JPA and JDBC), and the writer, its metrics and health as the node
 * wires them. No web server, no other features.
 */
final class LogNode {

    private LogNode() {
    }

    static ConfigurableApplicationContext start(String jdbcUrl, Path spoolDirectory, Map<String, Object> settings) {
        Map<String, Object> props = new HashMap<>(Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                // A database that is away must fail fast, not hold the writer for the default 30 s.
                "spring.datasource.hikari.connection-timeout", "1000",
                "spring.datasource.hikari.validation-timeout", "500",
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN",
                "logging.level.io.parley", "INFO",
                "parley.interaction-log.spool-directory", spoolDirectory.toString()));
        props.putAll(settings);
        // As arguments, so they win over application.yml (builder properties would only be defaults).
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Wiring.class).web(WebApplicationType.NONE).run(args);
    }

    /** A test configuration, so the full node's component scan in other tests leaves it out. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @EntityScan("io.parley.tenant")
    @EnableJpaRepositories("io.parley.tenant.session")
    @Import({SessionRecorder.class, InteractionLogConfiguration.class})
    static class Wiring {
    }
}
