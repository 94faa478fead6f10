package io.parley.app.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.tenant.problem.Unauthenticated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionTokensTests {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final GatewayProperties properties = new GatewayProperties(10, Duration.ofMinutes(5),
            "c2lnbmluZy1rZXktZm9yLXRva2Vucy10ZXN0cy0xMjM0NTY=", Duration.ofSeconds(30), Duration.ofHours(4),
            List.of(), List.of(), "", Duration.ofHours(1), Duration.ofSeconds(1));
    private final SessionGrant grant = new SessionGrant(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            "https://shop.example.com", now.plusSeconds(300));

    private SessionTokens at(Instant instant) {
        return new SessionTokens(properties, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aTokenCarriesItsGrantUntilItExpires() {
        String token = at(now).issue(grant);
        assertThat(at(now.plusSeconds(299)).verify(token)).isEqualTo(grant);
        assertThatThrownBy(() -> at(now.plusSeconds(300)).verify(token)).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void aTamperedOrForeignTokenIsRefused() {
        String token = at(now).issue(grant);
        String otherSession = at(now).issue(new SessionGrant(UUID.randomUUID(), grant.workspaceId(),
                grant.deploymentId(), null, grant.expiresAt()));
        String spliced = otherSession.substring(0, otherSession.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThatThrownBy(() -> at(now).verify(spliced)).isInstanceOf(Unauthenticated.class);
        SessionTokens otherNode = new SessionTokens(new GatewayProperties(10, Duration.ofMinutes(5),
                "b3RoZXIta2V5LW9mLWFub3RoZXItY2x1c3Rlci0xMjM0NTY=", Duration.ofSeconds(30), Duration.ofHours(4),
                List.of(), List.of(), "", Duration.ofHours(1), Duration.ofSeconds(1)), Clock.fixed(now, ZoneOffset.UTC));
        assertThatThrownBy(() -> otherNode.verify(token)).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> at(now).verify("garbage")).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> at(now).verify("YQ.YQ")).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void turnCredentialsFollowTheTurnRestScheme() {
        // Reference: printf '1796000000:alice' | openssl dgst -sha1 -hmac secret -binary | base64
        assertThat(new io.parley.app.media.webrtc.TurnCredentials("secret", Duration.ofHours(1), Clock.systemUTC())
                .credentialFor("1796000000:alice")).isEqualTo("i5e9xc0htA11UQ6ceW7XOJQD1Z4=");
    }
}
