package io.parley.voice.pipeline.frame;

/**
 * Everything that moves through a call session: audio, recognition results, reply text, synthesised audio,
 * turn-taking decisions and control signals. {@link SystemFrame}s (interruption, cancel, timers) skip the data
 * queue so they act at once, however much audio is waiting; {@link DataFrame}s are queued in order, bounded.
 */
public sealed interface Frame permits SystemFrame, DataFrame {
}
