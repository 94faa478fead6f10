package io.parley.app.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LiveSessionsTests {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theNodeRefusesBeyondItsCapacityAndFreesSlotsOfUnusedTokens() {
        LiveSessions live = new LiveSessions(Clock.fixed(now, ZoneOffset.UTC));
        UUID ws = UUID.randomUUID();
        UUID connected = UUID.randomUUID();
        UUID unused = UUID.randomUUID();
        assertThat(live.reserve(connected, ws, now.minusSeconds(1), 2)).isTrue();
        assertThat(live.reserve(unused, ws, now.minusSeconds(1), 2)).isTrue();
        assertThat(live.reserve(UUID.randomUUID(), ws, now.plusSeconds(60), 2)).isFalse();

        assertThat(live.markLive(connected)).isTrue();
        List<Map.Entry<UUID, UUID>> abandoned = new ArrayList<>();
        live.reapExpired(abandoned::add);
        assertThat(abandoned).containsExactly(Map.entry(unused, ws));
        assertThat(live.count()).isEqualTo(1);
        assertThat(live.reserve(UUID.randomUUID(), ws, now.plusSeconds(60), 2)).isTrue();
    }

    @Test
    void aDrainingNodeAdmitsNoOneButKeepsItsLiveCalls() {
        LiveSessions live = new LiveSessions(Clock.fixed(now, ZoneOffset.UTC));
        UUID ws = UUID.randomUUID();
        UUID call = UUID.randomUUID();
        assertThat(live.reserve(call, ws, now.plusSeconds(60), 10)).isTrue();
        assertThat(live.markLive(call)).isTrue();

        live.startDraining();

        assertThat(live.draining()).isTrue();
        assertThat(live.reserve(UUID.randomUUID(), ws, now.plusSeconds(60), 10)).isFalse();
        assertThat(live.liveCount()).isEqualTo(1);
    }
}
