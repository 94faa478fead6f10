package io.parley.app.session;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;

@Configuration(proxyBeanMethods = false)
class SessionSocketConfiguration {

    @Bean
    HandlerMapping sessionSocketMapping(SessionSocketHandler sessions, TelephonyStreamHandler telephony) {
        return new SimpleUrlHandlerMapping(Map.of(SessionSocketHandler.PATH, sessions,
                TelephonyStreamHandler.PATH, telephony), -1);
    }
}
