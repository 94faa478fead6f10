package io.parley.app.tracing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Turn tracing ({@code parley.tracing.*}).
 *
 * @param otlpEndpoint where spans go over OTLP/HTTP, e.g. {@code http://otel-collector:4318/v1/traces}; blank keeps
 *                     them in the node (nothing is exported)
 * @param serviceName  the {@code service.name} of exported spans
 */
@ConfigurationProperties("parley.tracing")
public record TracingProperties(@DefaultValue("") String otlpEndpoint, @DefaultValue("parley") String serviceName) {
}
