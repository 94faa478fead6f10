package io.parley.voice.stt.pocketsphinx;

import java.util.Objects;

/**
 * How the pocketsphinx engine runs on this node.
 *
 * @param model             acoustic model, general language model and dictionary
 * @param maxDecoders       decoders (and so concurrent streams) at most; each loads its own acoustic and language
 *                          model (27 MB on disk for en-us) and takes about a second to create
 * @param partialIntervalMs audio between two partial hypotheses (they cost a backtrace each)
 * @param maxBacklogMs      audio a stream may queue ahead of the decoder before it fails as overloaded
 * @param hintWeight        share of the hint model when the request carries hints (0 disables biasing)
 */
public record PocketSphinxConfig(PocketSphinxModel model, int maxDecoders, int partialIntervalMs, int maxBacklogMs,
                                 double hintWeight) {

    /** Default share of the hint model; chosen by measurement (see the engine's tests). */
    public static final double DEFAULT_HINT_WEIGHT = 0.5;

    public PocketSphinxConfig {
        Objects.requireNonNull(model, "model");
        if (maxDecoders < 1) {
            throw new IllegalArgumentException("maxDecoders must be at least 1: " + maxDecoders);
        }
        if (partialIntervalMs < 20) {
            throw new IllegalArgumentException("partialIntervalMs must be at least 20: " + partialIntervalMs);
        }
        if (maxBacklogMs < 200) {
            throw new IllegalArgumentException("maxBacklogMs must be at least 200: " + maxBacklogMs);
        }
        if (!(hintWeight >= 0 && hintWeight < 1)) {
            throw new IllegalArgumentException("hintWeight must be in [0, 1): " + hintWeight);
        }
    }

    /** The en-us model found on this node, 4 decoders, partials every 200 ms, 10 s of backlog. */
    public static PocketSphinxConfig defaults() {
        return new PocketSphinxConfig(PocketSphinxModel.locateEnglish(), 4, 200, 10_000, DEFAULT_HINT_WEIGHT);
    }

    public PocketSphinxConfig withMaxDecoders(int n) {
        return new PocketSphinxConfig(model, n, partialIntervalMs, maxBacklogMs, hintWeight);
    }

    public PocketSphinxConfig withHintWeight(double weight) {
        return new PocketSphinxConfig(model, maxDecoders, partialIntervalMs, maxBacklogMs, weight);
    }
}
