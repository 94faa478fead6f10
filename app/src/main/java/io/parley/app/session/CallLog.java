package io.parley.app.session;

import io.parley.tenant.session.SessionOutcome;
import java.util.UUID;

/**
 * Where a call's record goes: every event in order, then how it ended. Implementations must not block the call's
 * thread and must not lose events (see the interaction log writer).
 */
public interface CallLog {

    void connected(UUID workspaceId, UUID sessionId, String transport);

    /** One event; {@code seq} orders events within the session and makes writes idempotent. */
    void event(UUID workspaceId, UUID sessionId, int seq, String type, Long turnId, String payloadJson);

    void ended(UUID workspaceId, UUID sessionId, SessionOutcome outcome, String reason, CallStats stats);
}
