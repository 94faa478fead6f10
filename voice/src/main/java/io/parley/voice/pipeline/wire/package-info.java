/** The wire form of a session's events: one JSON shape for the simulator, the session socket and the interaction log. */
package io.parley.voice.pipeline.wire;
