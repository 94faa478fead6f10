package io.parley.app.interactionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionOutcome;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The spool's line format: what one version of the node spooled, the next one replays exactly. */
class SpoolCodecTests {

    private static final UUID WORKSPACE = UUID.fromString("6f1c1c1e-4a53-4a2b-9d1e-0c7e7b6f0a01");
    private static final UUID SESSION = UUID.fromString("0b8f4f0e-1d7a-4f53-8a41-6a1f4c0e9b02");

    @Test
    void aVersionOneLineReadsBackAsTheEventThatWasSpooled() {
        String line = """
                {"v":1,"kind":"event","workspaceId":"6f1c1c1e-4a53-4a2b-9d1e-0c7e7b6f0a01",\
                "sessionId":"0b8f4f0e-1d7a-4f53-8a41-6a1f4c0e9b02","seq":7,"type":"user.transcript","turnId":3,\
                "occurredAt":"2026-01-05T09:00:01.250Z","payload":"{\\"text\\":\\"Je voudrais réserver\\"}"}""";

        assertThat(SpoolCodec.decode(line)).isEqualTo(new LogEntry.EventRecorded(WORKSPACE, new InteractionEvent(
                SESSION, 7, "user.transcript", 3, Instant.parse("2026-01-05T09:00:01.250Z"),
                "{\"text\":\"Je voudrais réserver\"}")));
    }

    @Test
    void everyKindOfEntrySurvivesTheRoundTrip() {
        Instant t = Instant.parse("2026-01-05T09:00:00Z");
        LogEntry[] entries = {
            new LogEntry.SessionOpened(SESSION, WORKSPACE, UUID.randomUUID(), "WEBRTC", t),
            new LogEntry.EventRecorded(WORKSPACE, new InteractionEvent(SESSION, 1, "error", null, t,
                    "{\"line\":\"first\\nsecond\",\"emoji\":\"\\ud83d\\udcde\"}")),
            new LogEntry.SessionClosed(WORKSPACE, SESSION, SessionOutcome.ABANDONED, null, t.plusSeconds(9), 2, 1, 0)
        };
        for (LogEntry entry : entries) {
            String line = SpoolCodec.encode(entry);
            assertThat(line).doesNotContain("\n");
            assertThat(SpoolCodec.decode(line)).isEqualTo(entry);
        }
    }

    @Test
    void aLineTornByACrashIsReportedNotMisread() {
        String whole = SpoolCodec.encode(new LogEntry.EventRecorded(WORKSPACE,
                new InteractionEvent(SESSION, 1, "agent.text", 1, Instant.now(), "{}")));

        assertThatIllegalArgumentException().isThrownBy(() -> SpoolCodec.decode(whole.substring(0, 60)));
        assertThatIllegalArgumentException().isThrownBy(() -> SpoolCodec.decode("{\"v\":2,\"kind\":\"event\"}"));
    }
}
