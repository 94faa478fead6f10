/**
 * What the pipeline needs from turn detection, barge-in policy and text shaping, as small interfaces. The
 * defaults a session uses are Parley's own parts behind them ({@link io.parley.voice.pipeline.spi.StandardTurnDetector},
 * {@link io.parley.voice.pipeline.spi.StandardInterruptionPolicy}, {@link io.parley.voice.pipeline.spi.NormalizingTextStage});
 * the plain ones ({@link io.parley.voice.pipeline.spi.SilenceTurnDetector},
 * {@link io.parley.voice.pipeline.spi.DurationInterruptionPolicy}, {@link io.parley.voice.pipeline.spi.SentenceTextStage})
 * have no dependency beyond the settings and serve as simple, predictable alternatives.
 */
package io.parley.voice.pipeline.spi;
