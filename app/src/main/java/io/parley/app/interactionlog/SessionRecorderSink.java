package io.parley.app.interactionlog;

import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionRecorder;
import java.util.List;
import java.util.UUID;

/** The production sink: the tenant module's {@link SessionRecorder}, which writes PostgreSQL. */
public final class SessionRecorderSink implements InteractionLogSink {

    private final SessionRecorder recorder;

    public SessionRecorderSink(SessionRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void open(LogEntry.SessionOpened o) {
        recorder.open(o.sessionId(), o.workspaceId(), o.deploymentId(), o.transport(), o.startedAt());
    }

    @Override
    public void append(UUID workspaceId, List<InteractionEvent> events) {
        recorder.append(workspaceId, events);
    }

    @Override
    public void close(LogEntry.SessionClosed c) {
        recorder.close(c.workspaceId(), c.sessionId(), c.outcome(), c.reason(), c.endedAt(), c.turns(),
                c.interruptions(), c.errors());
    }
}
