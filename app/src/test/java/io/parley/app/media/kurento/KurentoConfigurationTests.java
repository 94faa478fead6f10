package io.parley.app.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.media.WebRtcMediaPlane;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** {@code parley.kurento.*}: off by default; when on, the Kurento plane is the WebRTC plane the session socket gets. */
class KurentoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(KurentoConfiguration.class);

    @Test
    void offByDefault() {
        runner.run(context -> assertThat(context).doesNotHaveBean(KurentoPool.class)
                .doesNotHaveBean(WebRtcMediaPlane.class));
    }

    @Test
    void enabledItAnswersAsTheWebRtcPlaneWithThePoolConnected() {
        try (KmsStandIn kms = new KmsStandIn()) {
            runner.withPropertyValues("parley.kurento.enabled=true", "parley.kurento.uris=" + kms.uri())
                    .run(context -> {
                        assertThat(context.getBean(WebRtcMediaPlane.class)).isInstanceOf(KurentoPlane.class);
                        assertThat(context.getBean(KurentoPool.class).healthy()).containsExactly(kms.uri());
                        assertThat(context.getBean(KurentoProperties.class).maxSessionsPerServer()).isEqualTo(100);
                    });
        }
    }

    @Test
    void theRtpCodecsAndTheNodeNameAreSettings() {
        try (KmsStandIn kms = new KmsStandIn()) {
            runner.withPropertyValues("parley.kurento.enabled=true", "parley.kurento.uris=" + kms.uri(),
                    "parley.kurento.rtp-codecs=pcmu", "parley.kurento.node-id=parley-2").run(context -> {
                        KurentoProperties properties = context.getBean(KurentoProperties.class);
                        assertThat(properties.rtpCodecs()).containsExactly(RtpCodec.PCMU);
                        assertThat(properties.pipelineNamePrefix()).isEqualTo("parley:parley-2:");
                    });
            runner.withPropertyValues("parley.kurento.enabled=true", "parley.kurento.uris=" + kms.uri())
                    .run(context -> assertThat(context.getBean(KurentoProperties.class).rtpCodecs())
                            .as("Opus first, PCMU as the fallback").containsExactly(RtpCodec.OPUS, RtpCodec.PCMU));
        }
    }

    @Test
    void aNodeNameThatCannotTagPipelinesFailsStartup() {
        runner.withPropertyValues("parley.kurento.enabled=true", "parley.kurento.uris=ws://127.0.0.1:1/kurento",
                "parley.kurento.node-id=node:1")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("parley.kurento.node-id"));
    }

    @Test
    void anInvertedRtpPortRangeFailsStartupNamingTheSettings() {
        runner.withPropertyValues("parley.kurento.enabled=true", "parley.kurento.uris=ws://127.0.0.1:1/kurento",
                "parley.kurento.rtp-port-min=40000", "parley.kurento.rtp-port-max=39000")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("rtp-port-min (40000) must not exceed rtp-port-max (39000)"));
    }

    @Test
    void enabledWithoutServersFailsStartup() {
        runner.withPropertyValues("parley.kurento.enabled=true")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("at least one parley.kurento.uris"));
    }
}
