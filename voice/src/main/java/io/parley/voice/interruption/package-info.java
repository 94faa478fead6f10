/**
 * Barge-in: the {@link io.parley.voice.interruption.BargeInPolicy} decides whether user sound over the agent's voice
 * interrupts it, ignores it, or (for an interruption that proves empty) resumes the agent, and says why in a
 * {@link io.parley.voice.interruption.BargeInReason}.
 */
package io.parley.voice.interruption;
