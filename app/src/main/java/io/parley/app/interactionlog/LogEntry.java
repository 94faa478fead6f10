package io.parley.app.interactionlog;

import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionOutcome;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One record on its way to the session log. Opens, events and closes travel the same ordered path, so a session's
 * row exists before its events and a close never overtakes them.
 */
public sealed interface LogEntry {

    /** The session this entry belongs to. */
    UUID sessionId();

    /** A session started (becomes {@code SessionRecorder.open}). */
    record SessionOpened(UUID sessionId, UUID workspaceId, UUID deploymentId, String transport, Instant startedAt)
            implements LogEntry {
        public SessionOpened {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(deploymentId, "deploymentId");
            Objects.requireNonNull(transport, "transport");
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }

    /** One event of a session (becomes a row of {@code interaction_events}). */
    record EventRecorded(UUID workspaceId, InteractionEvent event) implements LogEntry {
        public EventRecorded {
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(event.sessionId(), "event.sessionId");
            Objects.requireNonNull(event.type(), "event.type");
            Objects.requireNonNull(event.occurredAt(), "event.occurredAt");
        }

        @Override
        public UUID sessionId() {
            return event.sessionId();
        }
    }

    /** A session ended (becomes {@code SessionRecorder.close}). */
    record SessionClosed(UUID workspaceId, UUID sessionId, SessionOutcome outcome, String reason, Instant endedAt,
                         int turns, int interruptions, int errors) implements LogEntry {
        public SessionClosed {
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(endedAt, "endedAt");
        }
    }
}
