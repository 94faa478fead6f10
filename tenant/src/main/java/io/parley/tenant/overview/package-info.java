/**
 * Per-deployment operational overview for the dashboard: sessions, turns, voice-to-voice and per-stage latency
 * percentiles, interruptions, engine errors and refused sessions, bucketed over time. Read from the interaction log,
 * so the charts show what callers actually experienced.
 */
package io.parley.tenant.overview;
