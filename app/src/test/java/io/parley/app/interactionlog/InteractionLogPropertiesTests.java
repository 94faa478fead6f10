package io.parley.app.interactionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code parley.interaction-log.*}: sensible defaults, and a clear refusal of settings that cannot work. */
class InteractionLogPropertiesTests {

    @Test
    void unsetSettingsTakeTheirDefaults() {
        InteractionLogProperties p = new InteractionLogProperties(null, null, null, null, null, null, null, null, null);

        assertThat(p.queueCapacity()).isEqualTo(10_000);
        assertThat(p.batchSize()).isEqualTo(500);
        assertThat(p.flushInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(p.spoolDirectory()).isEqualTo(Path.of("data/spool"));
        assertThat(p.retryInitialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(p.retryMaxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.shutdownTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aZeroIntervalOrABackoffThatShrinksIsRefusedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new InteractionLogProperties(null, null, Duration.ZERO, null, null, null, null,
                        null, null))
                .withMessageContaining("parley.interaction-log.flush-interval");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new InteractionLogProperties(null, null, null, null, null, Duration.ofSeconds(5),
                        Duration.ofSeconds(1), null, null))
                .withMessageContaining("retry-max-backoff");
    }
}
