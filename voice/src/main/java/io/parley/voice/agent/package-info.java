/**
 * What an agent is, in the shape the control plane stores and the simulator reads from JSON: instructions,
 * greeting, voice, engine choices and an optional structured flow.
 */
package io.parley.voice.agent;
