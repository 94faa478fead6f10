package io.parley.app.interactionlog;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.tenant.session.SessionRecorder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The interaction log writer over the tenant module's {@link SessionRecorder}, its health and its settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InteractionLogProperties.class)
public class InteractionLogConfiguration {

    @Bean
    InteractionLogSink interactionLogSink(SessionRecorder recorder) {
        return new SessionRecorderSink(recorder);
    }

    @Bean
    InteractionLogWriter interactionLogWriter(InteractionLogSink sink, InteractionLogProperties props,
                                              MeterRegistry registry) {
        return new InteractionLogWriter(sink, props, registry);
    }

    @Bean
    InteractionLogHealthIndicator interactionLogHealthIndicator(InteractionLogWriter writer) {
        return new InteractionLogHealthIndicator(writer);
    }
}
