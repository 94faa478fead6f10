package io.parley.app.session;

import io.parley.tenant.session.InteractionEvent;
import io.parley.tenant.session.SessionOutcome;
import io.parley.tenant.session.SessionRecorder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Writes a call's record through {@link SessionRecorder}, in order, on one thread of its own. */
@Component
class RecorderCallLog implements CallLog, DisposableBean {

    private final SessionRecorder recorder;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("parley-call-log").daemon().factory());

    RecorderCallLog(SessionRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void connected(UUID workspaceId, UUID sessionId, String transport) {
        writer.execute(() -> recorder.connected(workspaceId, sessionId, transport));
    }

    @Override
    public void event(UUID workspaceId, UUID sessionId, int seq, String type, Long turnId, String payloadJson) {
        Instant at = Instant.now();
        writer.execute(() -> recorder.append(workspaceId, List.of(new InteractionEvent(sessionId, seq, type,
                turnId == null ? null : turnId.intValue(), at, payloadJson))));
    }

    @Override
    public void ended(UUID workspaceId, UUID sessionId, SessionOutcome outcome, String reason, CallStats stats) {
        Instant at = Instant.now();
        writer.execute(() -> recorder.close(workspaceId, sessionId, outcome, reason, at, stats.turns(),
                stats.interruptions(), stats.errors()));
    }

    @Override
    public void destroy() {
        writer.shutdown();
    }
}
