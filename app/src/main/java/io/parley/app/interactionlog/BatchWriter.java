package io.parley.app.interactionlog;

import io.parley.tenant.session.InteractionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Writes entries to the sink in order, runs of events of one workspace as one batch. An entry the database refuses
 * (constraint, bad value) goes to {@code rejected} so it cannot stall the log forever; any other failure means the
 * database is unreachable and is thrown as {@link SinkUnavailableException}, leaving the caller to spool.
 */
final class BatchWriter {

    private final InteractionLogSink sink;
    private final Consumer<List<LogEntry>> rejected;

    BatchWriter(InteractionLogSink sink, Consumer<List<LogEntry>> rejected) {
        this.sink = sink;
        this.rejected = rejected;
    }

    void write(List<LogEntry> entries) throws SinkUnavailableException {
        List<InteractionEvent> run = new ArrayList<>();
        UUID runWorkspace = null;
        for (LogEntry entry : entries) {
            if (entry instanceof LogEntry.EventRecorded r && (runWorkspace == null
                    || runWorkspace.equals(r.workspaceId()))) {
                runWorkspace = r.workspaceId();
                run.add(r.event());
                continue;
            }
            flush(runWorkspace, run);
            run = new ArrayList<>();
            runWorkspace = null;
            switch (entry) {
                case LogEntry.EventRecorded r -> {
                    runWorkspace = r.workspaceId();
                    run.add(r.event());
                }
                case LogEntry.SessionOpened o -> single(entry, () -> sink.open(o));
                case LogEntry.SessionClosed c -> single(entry, () -> sink.close(c));
            }
        }
        flush(runWorkspace, run);
    }

    private void flush(UUID workspaceId, List<InteractionEvent> events) throws SinkUnavailableException {
        if (events.isEmpty()) {
            return;
        }
        try {
            sink.append(workspaceId, events);
        } catch (RuntimeException e) {
            if (!isRejection(e)) {
                throw new SinkUnavailableException(e);
            }
            // The batch was rolled back as a whole: write one by one to keep every good event.
            for (InteractionEvent event : events) {
                single(new LogEntry.EventRecorded(workspaceId, event), () -> sink.append(workspaceId, List.of(event)));
            }
        }
    }

    private void single(LogEntry entry, Runnable write) throws SinkUnavailableException {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (!isRejection(e)) {
                throw new SinkUnavailableException(e);
            }
            rejected.accept(List.of(entry));
        }
    }

    /**
     * A refusal of the data, as opposed to the database being away. Data access and transaction failures other than
     * integrity violations (lost connections, timeouts, pool exhaustion) are outages; so is anything caused by an
     * I/O or SQL error. Anything else thrown by the sink is a fault of the entry itself.
     */
    static boolean isRejection(Throwable e) {
        if (e instanceof DataIntegrityViolationException) {
            return true;
        }
        if (e instanceof DataAccessException || e instanceof TransactionException) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof java.io.IOException) {
                return false;
            }
        }
        return true;
    }
}
