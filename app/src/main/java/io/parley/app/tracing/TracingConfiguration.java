package io.parley.app.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The node's tracer: OTLP export when an endpoint is configured, plus any {@link SpanExporter} bean (tests). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TracingProperties.class)
class TracingConfiguration {

    @Bean(destroyMethod = "close")
    SdkTracerProvider parleyTracerProvider(TracingProperties properties, ObjectProvider<SpanExporter> exporters) {
        SdkTracerProviderBuilder builder = SdkTracerProvider.builder().setResource(Resource.getDefault().merge(
                Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), properties.serviceName()))));
        if (!properties.otlpEndpoint().isBlank()) {
            builder.addSpanProcessor(BatchSpanProcessor.builder(
                    OtlpHttpSpanExporter.builder().setEndpoint(properties.otlpEndpoint()).build()).build());
        }
        exporters.orderedStream().forEach(exporter -> builder.addSpanProcessor(SimpleSpanProcessor.create(exporter)));
        return builder.build();
    }

    @Bean
    TurnTraces turnTraces(SdkTracerProvider provider) {
        Tracer tracer = provider.get("io.parley.voice");
        return new TurnTraces(tracer);
    }
}
