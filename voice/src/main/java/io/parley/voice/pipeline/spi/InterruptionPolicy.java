package io.parley.voice.pipeline.spi;

/**
 * Judges sound heard while the agent is talking: a real interruption, something to ignore (backchannel, cough,
 * background voice), not yet clear, or, after an interruption that never produced words, a false alarm after
 * which the agent resumes. Fed on the session's thread with every frame and every transcript update; stateful,
 * driven by frame time. One instance per call.
 */
public interface InterruptionPolicy {

    /** The agent's audio started playing. */
    void agentStartedSpeaking();

    /** The agent's audio finished on its own (not when the policy interrupted it). */
    void agentStoppedSpeaking();

    /** One 20 ms frame's speech probability. */
    BargeInVerdict onFrame(float speechProbability);

    /** The latest transcript of the caller's sound since it began. */
    BargeInVerdict onTranscript(String transcript);
}
