package io.parley.voice.stt.pocketsphinx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the acoustic model, the general language model and the pronunciation dictionary live.
 *
 * @param acousticModel directory of the HMM (mdef, means, variances, ...)
 * @param languageModel the general n-gram model (ARPA or sphinx binary)
 * @param dictionary    the pronunciation dictionary
 */
public record PocketSphinxModel(Path acousticModel, Path languageModel, Path dictionary) {

    /** System property naming a model directory laid out like Debian's {@code pocketsphinx-en-us}. */
    public static final String OVERRIDE_PROPERTY = "parley.pocketsphinx.model";
    /** Environment variable with the same meaning as {@link #OVERRIDE_PROPERTY}. */
    public static final String OVERRIDE_ENV = "PARLEY_POCKETSPHINX_MODEL";

    private static final List<Path> DEFAULT_DIRECTORIES = List.of(
            Path.of("/usr/share/pocketsphinx/model/en-us"),
            Path.of("/usr/local/share/pocketsphinx/model/en-us"));

    public PocketSphinxModel {
        Objects.requireNonNull(acousticModel, "acousticModel");
        Objects.requireNonNull(languageModel, "languageModel");
        Objects.requireNonNull(dictionary, "dictionary");
    }

    /**
     * The US English model: from the override when set, else from Debian's {@code pocketsphinx-en-us} locations.
     *
     * @throws IllegalStateException naming what was searched when no complete model is found
     */
    public static PocketSphinxModel locateEnglish() {
        String override = System.getProperty(OVERRIDE_PROPERTY, System.getenv(OVERRIDE_ENV));
        List<Path> candidates = override == null || override.isBlank() ? DEFAULT_DIRECTORIES : List.of(Path.of(override));
        for (Path dir : candidates) {
            PocketSphinxModel model = inDebianLayout(dir);
            if (model.isComplete()) {
                return model;
            }
        }
        throw new IllegalStateException("No pocketsphinx en-us model in " + candidates
                + ": install the Debian package pocketsphinx-en-us or set -D" + OVERRIDE_PROPERTY);
    }

    /** The layout of Debian's package: {@code dir/en-us/}, {@code dir/en-us.lm.bin}, {@code dir/cmudict-en-us.dict}. */
    public static PocketSphinxModel inDebianLayout(Path dir) {
        return new PocketSphinxModel(dir.resolve("en-us"), dir.resolve("en-us.lm.bin"), dir.resolve("cmudict-en-us.dict"));
    }

    boolean isComplete() {
        return Files.isRegularFile(acousticModel.resolve("mdef"))
                && Files.isRegularFile(languageModel)
                && Files.isRegularFile(dictionary);
    }
}
