/**
 * The per-turn latency timeline: each pipeline stage stamps the instant it reached its own mark, and observers
 * (events, the interaction log, metrics) read the breakdown. The gaps always sum to the whole.
 */
package io.parley.voice.timeline;
