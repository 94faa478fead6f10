package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnCredentialsTests {

    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
    private final TurnCredentials credentials =
            new TurnCredentials("north-wind-secret", Duration.ofHours(1), clock);

    @Test
    void theUsernameCarriesTheExpiryAndTheIdAndThePasswordIsTheHmacCoturnComputes() {
        IceServer server = credentials.issue("session-42", List.of("turn:127.0.0.1:3478?transport=udp"));

        assertThat(server.urls()).containsExactly("turn:127.0.0.1:3478?transport=udp");
        assertThat(server.username()).isEqualTo("1700003600:session-42");
        // Reference value computed independently: base64(HMAC-SHA1("north-wind-secret", "1700003600:session-42")).
        assertThat(server.credential()).isEqualTo("cW63WveBoYW8TaZZ6SfJ0u0A9Nk=");
    }

    @Test
    void anotherSecretGivesAnotherPassword() {
        TurnCredentials other = new TurnCredentials("south-wind-secret", Duration.ofHours(1), clock);

        assertThat(other.credentialFor("1700003600:session-42"))
                .isNotEqualTo(credentials.credentialFor("1700003600:session-42"));
    }

    @Test
    void refusesIdsThatWouldBreakTheUsernameFormatAndBlankSecrets() {
        assertThatThrownBy(() -> credentials.issue("a:b", List.of("turn:x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("':'");
        assertThatThrownBy(() -> credentials.issue(" ", List.of("turn:x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TurnCredentials(" ", Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret");
        assertThatThrownBy(() -> new TurnCredentials("s", Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lifetime");
    }
}
