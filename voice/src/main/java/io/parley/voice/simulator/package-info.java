/**
 * The call simulator: plays a recorded caller against an agent, in real time or faster, and writes every session
 * event as JSON Lines and the agent's audio as a WAV, so agents can be regression-tested on recorded calls.
 *
 * <pre>
 * java -cp voice/target/classes:$(cat cp.txt) io.parley.voice.simulator.CallSimulator \
 *     --agent bistro.json --caller call.wav --events events.jsonl --agent-audio agent.wav \
 *     [--mix both.wav] [--preset web|phone|device] [--realtime] [--tail-ms 20000]
 * </pre>
 *
 * <ul>
 *   <li>The caller's WAV may have any sample rate (stereo is mixed down); it is resampled to 16 kHz and played in
 *       20 ms frames that keep flowing while the agent speaks, as on a live line. The agent's voice is never fed
 *       back into the caller's side.</li>
 *   <li>The agent file is an agent configuration as the control plane stores it, or
 *       {@code {"agent": {...}, "preset": "phone", "settings": {...}}} to fix the real-time settings.</li>
 *   <li>Without {@code --realtime} the call runs on simulated time: while no engine is working, time jumps ahead;
 *       while one is, simulated time follows the wall clock, so the latencies in {@code turn_timeline} events are
 *       the engines' real ones.</li>
 *   <li>{@code agent.wav} (16 kHz mono) is as long as the call, with each agent chunk at the instant it was sent;
 *       {@code --mix} writes caller left, agent right.</li>
 * </ul>
 */
package io.parley.voice.simulator;
