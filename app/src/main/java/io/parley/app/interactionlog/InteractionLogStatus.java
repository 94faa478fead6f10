package io.parley.app.interactionlog;

import java.time.Instant;

/**
 * A snapshot of the writer for health and metrics.
 *
 * @param spooling      PostgreSQL is unreachable, or the spool is being replayed into it
 * @param spoolingSince when the log started spooling ({@code null} when not spooling)
 * @param lastFailure   the database failure that started spooling ({@code null} when not spooling)
 */
public record InteractionLogStatus(boolean spooling, Instant spoolingSince, String lastFailure, int queueDepth,
                                   long spoolEvents, long spoolBytes) {
}
