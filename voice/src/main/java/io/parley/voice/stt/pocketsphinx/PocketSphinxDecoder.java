package io.parley.voice.stt.pocketsphinx;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import io.parley.voice.nativelib.NativeCallException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One pocketsphinx decoder ({@code ps_decoder_t}) with the general language model loaded. Not thread-safe: a decoder
 * is used by one stream at a time, and the pool hands it over with a happens-before edge.
 */
final class PocketSphinxDecoder implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PocketSphinxDecoder.class);
    private static volatile boolean layoutWarned;

    private static final String GENERAL = "parley-general";
    private static final String HINTED = "parley-hinted";
    /** Audio between two updates of the cepstral mean: one 20 ms frame, counted from the start of the utterance. */
    private static final int FOLLOW_SAMPLES = 320;

    private final PocketSphinxNative lib;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment ps;
    private final MemorySegment generalLm;
    private final MemorySegment buffer;
    private final MemorySegment scoreOut;
    /** Null when the library's structs could not be reached (logged once): the old carried-over behaviour. */
    private final ChannelAdaptation channel;
    private List<List<String>> hintedPhrases = List.of();
    private String activeSearch;
    private boolean inUtterance;
    private int sinceFollow;
    private boolean closed;

    private PocketSphinxDecoder(PocketSphinxNative lib, MemorySegment ps, MemorySegment generalLm,
                                ChannelAdaptation channel) {
        this.lib = lib;
        this.ps = ps;
        this.generalLm = generalLm;
        this.channel = channel;
        this.buffer = arena.allocate(JAVA_SHORT, FOLLOW_SAMPLES);
        this.scoreOut = arena.allocate(JAVA_INT);
    }

    /** Loads the acoustic model, dictionary and general language model: expensive (hundreds of ms). */
    static PocketSphinxDecoder create(PocketSphinxModel model) {
        // pocketsphinx's defaults, including the flat-lexicon second pass at end of utterance. Without it the end of
        // an utterance costs 70 ms of CPU instead of 200 ms and recorded speech scores the same (WER 0.24 vs 0.25),
        // but synthetic speech with hints gets worse (0.52 vs 0.48) and key words are lost: accuracy wins for now.
        // (Measured while the cepstral mean still carried over between utterances; see ChannelAdaptation.)
        return create(model, List.of());
    }

    /** As {@link #create(PocketSphinxModel)}, with extra pocketsphinx arguments ({@code -name value} pairs). */
    static PocketSphinxDecoder create(PocketSphinxModel model, List<String> extraArgs) {
        PocketSphinxNative lib = PocketSphinxNative.get();
        try (Arena args = Arena.ofConfined()) {
            List<String> all = new ArrayList<>(List.of(
                "-hmm", model.acousticModel().toString(),
                "-dict", model.dictionary().toString(),
                "-samprate", "16000"));
            // No -logfn: the library's log is process-wide and switched off once (PocketSphinxNative).
            all.addAll(extraArgs);
            String[] argv = all.toArray(String[]::new);
            MemorySegment array = args.allocate(ADDRESS, argv.length);
            for (int i = 0; i < argv.length; i++) {
                array.setAtIndex(ADDRESS, i, args.allocateFrom(argv[i]));
            }
            MemorySegment config = lib.parseConfig(argv.length, array);
            if (config.equals(MemorySegment.NULL)) {
                throw NativeCallException.returnedNull("cmd_ln_parse_r");
            }
            MemorySegment ps = lib.init(config);
            lib.freeConfig(config); // the decoder holds its own reference
            if (ps.equals(MemorySegment.NULL)) {
                throw NativeCallException.failed("ps_init", "could not load the model in " + model.acousticModel());
            }
            ChannelAdaptation channel;
            try {
                channel = ChannelAdaptation.capture(lib, ps);
            } catch (RuntimeException e) {
                // A library laid out otherwise still recognises speech, only with the mean carried between
                // utterances (and so between calls): worse than resetting it, far better than no speech at all.
                if (!layoutWarned) {
                    layoutWarned = true;
                    log.warn("pocketsphinx: {}; decoders keep their channel state between utterances",
                            e.getMessage());
                }
                channel = null;
            }
            MemorySegment lm = lib.readLm(lib.config(ps), args.allocateFrom(model.languageModel().toString()),
                    lib.logmath(ps));
            if (lm.equals(MemorySegment.NULL)) {
                lib.free(ps);
                throw NativeCallException.failed("ngram_model_read", "could not read " + model.languageModel());
            }
            PocketSphinxDecoder decoder = new PocketSphinxDecoder(lib, ps, lm, channel);
            decoder.install(GENERAL, lm);
            decoder.select(GENERAL);
            return decoder;
        }
    }

    /**
     * Biases the next utterance toward {@code phrases} by interpolating a small model of them into the general one
     * with the given weight; an empty list restores the general model. Rebuilt only when the phrases change.
     */
    void bias(List<List<String>> phrases, double weight) {
        if (phrases.isEmpty()) {
            select(GENERAL);
            return;
        }
        if (!phrases.equals(hintedPhrases)) {
            installHints(phrases, weight);
            hintedPhrases = phrases;
        }
        select(HINTED);
    }

    private void installHints(List<List<String>> phrases, double weight) {
        Path file = null;
        try (Arena call = Arena.ofConfined()) {
            file = Files.createTempFile("parley-hints", ".arpa");
            Files.writeString(file, HintLanguageModel.arpa(phrases));
            MemorySegment hintLm = lib.readLm(lib.config(ps), call.allocateFrom(file.toString()), lib.logmath(ps));
            if (hintLm.equals(MemorySegment.NULL)) {
                throw NativeCallException.failed("ngram_model_read", "the hint model was rejected");
            }
            MemorySegment models = call.allocate(ADDRESS, 2);
            models.setAtIndex(ADDRESS, 0, generalLm);
            models.setAtIndex(ADDRESS, 1, hintLm);
            MemorySegment names = call.allocate(ADDRESS, 2);
            names.setAtIndex(ADDRESS, 0, call.allocateFrom("general"));
            names.setAtIndex(ADDRESS, 1, call.allocateFrom("hints"));
            MemorySegment weights = call.allocateFrom(JAVA_FLOAT, (float) (1 - weight), (float) weight);
            MemorySegment set = lib.interpolate(lib.config(ps), models, names, weights, 2);
            lib.freeLm(hintLm); // the set holds its own reference
            if (set.equals(MemorySegment.NULL)) {
                throw NativeCallException.returnedNull("ngram_model_set_init");
            }
            if (HINTED.equals(activeSearch)) {
                select(GENERAL); // never replace the search that is selected
            }
            try {
                install(HINTED, set);
            } finally {
                lib.freeLm(set); // the search holds its own reference
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the hint model", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    private void install(String name, MemorySegment lm) {
        try (Arena call = Arena.ofConfined()) {
            check("ps_set_lm", lib.setLm(ps, call.allocateFrom(name), lm));
        }
    }

    private void select(String name) {
        if (!name.equals(activeSearch)) {
            try (Arena call = Arena.ofConfined()) {
                check("ps_set_search", lib.setSearch(ps, call.allocateFrom(name)));
            }
            activeSearch = name;
        }
    }

    /**
     * Starts an utterance from the model's own cepstral mean and a fresh noise floor, so it is heard the same whatever
     * this decoder heard before (see {@link ChannelAdaptation}).
     */
    void start() {
        if (channel != null) {
            channel.forget();
        }
        sinceFollow = 0;
        check("ps_start_utt", lib.startUtt(ps));
        inUtterance = true;
    }

    /**
     * Decodes {@code pcm}; returns the number of frames searched. The cepstral mean follows the utterance every 20 ms
     * of audio, at the same points however the caller splits the audio into calls.
     */
    int process(short[] pcm) {
        int frames = 0;
        int offset = 0;
        while (offset < pcm.length) {
            int count = Math.min(FOLLOW_SAMPLES - sinceFollow, pcm.length - offset);
            MemorySegment.copy(pcm, offset, buffer, JAVA_SHORT, 0, count);
            int result = lib.processRaw(ps, buffer, count);
            check("ps_process_raw", result);
            frames += result;
            offset += count;
            sinceFollow += count;
            if (sinceFollow == FOLLOW_SAMPLES) {
                if (channel != null) {
                    channel.follow();
                }
                sinceFollow = 0;
            }
        }
        return frames;
    }

    /** The best hypothesis so far (or the final one after {@link #end()}); empty when there is none. */
    String hypothesis() {
        MemorySegment hyp = lib.hyp(ps, scoreOut);
        return hyp.equals(MemorySegment.NULL) ? "" : hyp.reinterpret(Integer.MAX_VALUE).getString(0).trim();
    }

    /** Posterior probability of the final hypothesis, NaN when the decoder cannot tell. */
    double confidence() {
        double p = lib.posterior(ps);
        return p >= 0 && p <= 1 ? p : Double.NaN;
    }

    void end() {
        inUtterance = false;
        check("ps_end_utt", lib.endUtt(ps));
    }

    /** Ends an abandoned utterance (a call that hung up mid-sentence) so the decoder can be reused. */
    void reset() {
        if (inUtterance) {
            end();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            reset();
        } catch (RuntimeException ignored) {
            // freeing matters more than a clean end of an abandoned utterance
        }
        lib.free(ps);
        lib.freeLm(generalLm);
        arena.close();
    }

    private static void check(String call, int code) {
        if (code < 0) {
            throw NativeCallException.failed(call, code);
        }
    }
}
