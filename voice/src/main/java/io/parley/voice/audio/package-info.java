/**
 * The audio front of the engine: PCM16 helpers, a streaming band-limited {@link io.parley.voice.audio.Resampler},
 * G.711 μ-law and A-law, Opus (Concentus), WAV files, and the {@link io.parley.voice.audio.FrameSplitter} that turns
 * whatever a media plane receives into the 20 ms, 16 kHz frames everything downstream consumes.
 */
package io.parley.voice.audio;
