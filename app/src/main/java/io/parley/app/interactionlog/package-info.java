/**
 * The interaction log writer: every event of every live session reaches PostgreSQL off the hot path, through a
 * bounded queue and batched inserts, with a local spool on disk while the database is unreachable. The session
 * wiring talks to {@link io.parley.app.interactionlog.InteractionLogWriter} only.
 */
package io.parley.app.interactionlog;
