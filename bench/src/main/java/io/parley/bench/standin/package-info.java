/**
 * Loopback stand-ins for the cloud engine APIs Parley speaks to (Deepgram live STT, OpenAI chat completions, OpenAI
 * speech), which cannot be reached from here: same wire protocols, configurable latency, jitter and faults, no
 * recognition, generation or speech. Embed them with {@link io.parley.bench.standin.Standins}, or run
 * {@link io.parley.bench.standin.StandinsMain} ({@code scripts/standins}).
 */
package io.parley.bench.standin;
