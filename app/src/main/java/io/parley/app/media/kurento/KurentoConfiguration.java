package io.parley.app.media.kurento;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** With {@code parley.kurento.enabled=true}, WebRTC calls go to the Kurento pool instead of the embedded plane. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "parley.kurento", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(KurentoProperties.class)
class KurentoConfiguration {

    @Bean(destroyMethod = "close")
    KurentoPool kurentoPool(KurentoProperties properties) {
        return new KurentoPool(properties);
    }

    @Bean
    @Primary
    KurentoPlane kurentoPlane(KurentoPool pool, KurentoProperties properties) {
        return new KurentoPlane(pool, properties);
    }
}
