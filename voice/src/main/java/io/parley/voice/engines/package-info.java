/**
 * Parley's offline engines, built from an agent's engine choice: pocketsphinx for speech recognition, espeak-ng and
 * flite for synthesis. Entry point: {@link io.parley.voice.engines.OfflineEngines}.
 */
package io.parley.voice.engines;
