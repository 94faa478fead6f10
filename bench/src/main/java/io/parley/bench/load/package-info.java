/**
 * The load harness: synthetic callers on the WebSocket plane ({@code caller}), each playing real speech through a
 * scripted conversation and measuring the call from its own side; the node under test, launched over a PostgreSQL
 * the harness owns or already running ({@code node}); what the node spends and whether its interaction logs hold
 * everything the callers saw ({@code measure}); and the JSON and HTML report ({@code report}).
 * {@link io.parley.bench.load.LoadHarness} runs it; {@code scripts/load} builds and starts it; docs/performance.md
 * explains the figures.
 */
package io.parley.bench.load;
