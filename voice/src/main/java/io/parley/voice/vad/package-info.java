/**
 * Voice activity detection: {@link io.parley.voice.vad.SileroVad} (one shared ONNX model, per-call state, batched
 * across calls, behind an {@link io.parley.voice.vad.EnergyGate}) and the model-free {@link io.parley.voice.vad.EnergyVad}
 * fallback. Both score 20 ms frames of 16 kHz audio with a speech probability.
 */
package io.parley.voice.vad;
