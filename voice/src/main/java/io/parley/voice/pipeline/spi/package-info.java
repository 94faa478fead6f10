/**
 * What the pipeline needs from turn detection, barge-in policy and text shaping, as small interfaces with plain
 * defaults. The full implementations (VAD-driven turn detection with semantic hints, the barge-in policy, the
 * sentence chunker and the streaming normaliser) plug in through adapters.
 */
package io.parley.voice.pipeline.spi;
