package io.parley.app.interactionlog;

import io.parley.tenant.session.InteractionEvent;
import java.util.List;
import java.util.UUID;

/**
 * Where the writer puts the session log: PostgreSQL through {@link SessionRecorderSink} in a node. Each call is
 * its own transaction and must be idempotent (events on (session, seq); a replayed open followed by its replayed
 * events and close converges to the same rows), because a batch may be written again from the spool.
 *
 * <p>A failure is either a rejection of the data ({@code DataIntegrityViolationException}, bad values): the entry
 * is set aside and the log moves on; or anything else, taken as the database being unreachable: the writer spools
 * and retries.
 */
public interface InteractionLogSink {

    void open(LogEntry.SessionOpened opened);

    void append(UUID workspaceId, List<InteractionEvent> events);

    void close(LogEntry.SessionClosed closed);
}
