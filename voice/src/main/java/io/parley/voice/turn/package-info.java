/**
 * Turn detection: the {@link io.parley.voice.turn.TurnDetector} turns per-frame speech probabilities and partial
 * transcripts into speech-started, speech-ended and end-of-turn decisions, under a deployment's real-time settings.
 * Pure logic on frame time, so every decision is reproducible from a recording.
 */
package io.parley.voice.turn;
