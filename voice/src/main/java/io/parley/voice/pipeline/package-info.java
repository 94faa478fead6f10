/**
 * The streaming pipeline and the call session. {@link io.parley.voice.pipeline.CallSession} is the entry point:
 * built from an agent, the deployment's real-time settings and the engines, fed 20 ms caller frames, it answers
 * with paced agent audio and {@link io.parley.voice.pipeline.event.SessionEvent}s. Sub-packages: frames, events,
 * clocks, the actor mailbox, the output pacer, and the small interfaces other engine parts plug into.
 */
package io.parley.voice.pipeline;
