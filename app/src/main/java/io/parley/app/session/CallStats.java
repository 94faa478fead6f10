package io.parley.app.session;

/** Counters kept for the session list. */
public record CallStats(int turns, int interruptions, int errors) {
}
