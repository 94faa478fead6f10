package io.parley.voice.pipeline.spi;

/**
 * Judges speech heard while the agent is talking: a real interruption, something to ignore (backchannel, cough,
 * background voice), or not yet clear. Asked on every frame and transcript update during overlap.
 */
public interface InterruptionPolicy {

    /**
     * @param speechMs   how long the caller has been speaking over the agent
     * @param transcript what the recogniser heard so far (may be empty)
     * @param finished   the caller's speech ended (last chance to decide)
     */
    BargeInVerdict judge(long speechMs, String transcript, boolean finished);
}
