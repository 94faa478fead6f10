/**
 * The call simulator: plays a recorded caller against an agent, in real time or faster, and writes the events
 * and the agent's audio, so agents can be regression-tested on recorded calls.
 */
package io.parley.voice.simulator;
