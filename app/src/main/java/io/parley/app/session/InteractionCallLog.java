package io.parley.app.session;

import io.parley.app.interactionlog.InteractionLogWriter;
import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionOutcome;
import io.parley.tenant.session.SessionRecorder;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A call's record through the interaction log writer: ordered, off the call's thread, spooled to disk while the
 * database is away, never lost. The session row itself was opened by the gateway at admission.
 */
@Component
class InteractionCallLog implements CallLog {

    private static final Logger log = LoggerFactory.getLogger(InteractionCallLog.class);

    private final InteractionLogWriter writer;
    private final SessionRecorder recorder;

    InteractionCallLog(InteractionLogWriter writer, SessionRecorder recorder) {
        this.writer = writer;
        this.recorder = recorder;
    }

    /** Called off the event loop, once per connect; the transport shown in the session list is best effort. */
    @Override
    public void connected(UUID workspaceId, UUID sessionId, String transport) {
        try {
            recorder.connected(workspaceId, sessionId, transport);
        } catch (RuntimeException e) {
            log.warn("Session {}: transport {} not recorded ({})", sessionId, transport, e.getMessage());
        }
    }

    @Override
    public void event(UUID workspaceId, UUID sessionId, int seq, String type, Long turnId, String payloadJson) {
        writer.submit(workspaceId, new InteractionEvent(sessionId, seq, type,
                turnId == null ? null : Math.toIntExact(turnId), Instant.now(), payloadJson));
    }

    @Override
    public void ended(UUID workspaceId, UUID sessionId, SessionOutcome outcome, String reason, CallStats stats) {
        writer.submitClose(workspaceId, sessionId, outcome, reason, Instant.now(), stats.turns(),
                stats.interruptions(), stats.errors());
    }
}
