package io.parley.voice.stt.pocketsphinx;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import io.parley.voice.nativelib.NativeCallException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * How a decoder adapts to the audio channel (cepstral mean and noise floor), kept within one utterance.
 * <p>
 * pocketsphinx 5prealpha, fed audio in blocks, normalises it with a live cepstral mean that it recomputes only at the
 * end of an utterance (or every 8 s), and its front end tracks a noise floor; both carry over into the next utterance,
 * as if all audio came from one stream. A pooled decoder serves utterances of many calls, so it heard each caller
 * through a mean and noise floor left by whoever it served before: the same "book a table" came out as "book a
 * doodle", "book" or "book a title" depending on the previous call, and pocketsphinx-testdata's word error rate
 * depended on the order utterances were heard in.
 * <p>
 * So every utterance starts from the model's own mean and a fresh noise floor ({@link #forget()}), and the mean then
 * follows the utterance itself, every 20 ms: the frames heard so far, weighed against the model's mean counted as
 * 30 frames (0.3 s) ({@link #follow()}). A caller is heard the same whichever decoder hears them and
 * whatever it heard before. Adapting within the utterance makes up for what carrying over used to bring (word error
 * rates, in order pocketsphinx-testdata / with hints / espeak-ng booking / with hints: carried over 0.25 / 0.25 /
 * 0.71 / 0.48; model's mean only 0.38 / 0.30 / 0.87 / 0.57; followed from 30 frames 0.28 / 0.27 / 0.68 / 0.39, from
 * 10, 60, 100, 300 frames worse on one corpus or the other).
 * <p>
 * The noise floor is reset through the public API ({@code ps_start_stream}). The decoder's cepstral mean can only be
 * reached through sphinxbase's public {@code feat_t} and {@code cmn_t} structs, where it is read and written. Their
 * offsets are those of Debian's libsphinxbase3 (5prealpha, 64-bit, float features); {@link #capture} checks them
 * against the model's {@code -cmninit} values; a library laid out otherwise is refused here, and its decoders then keep
 * their channel state between utterances as before (logged once).
 */
final class ChannelAdaptation {

    // feat.h: struct feat_s
    private static final long FEAT_CEPSIZE = 16;      // int32 cepsize
    private static final long FEAT_CMN_TYPE = 68;     // cmn_type_t cmn (switched from batch to live on first use)
    private static final long FEAT_CMN_STRUCT = 88;   // cmn_t *cmn_struct
    private static final long FEAT_SIZE = 96;
    // cmn.h: cmn_t, with mfcc_t = float (sphinxbase is built without FIXED_POINT)
    private static final long CMN_MEAN = 0;           // mfcc_t *cmn_mean
    private static final long CMN_SUM = 16;           // mfcc_t *sum
    private static final long CMN_NFRAME = 24;        // int32 nframe
    private static final long CMN_VECLEN = 28;        // int32 veclen
    private static final long CMN_SIZE = 32;
    private static final int MAX_VECLEN = 64;
    /** Weight of the model's mean against the utterance's frames (10 ms each); chosen by measurement, see above. */
    static final float PRIOR_FRAMES = 30;

    private final PocketSphinxNative lib;
    private final MemorySegment ps;
    private final MemorySegment feat;
    private final MemorySegment cmn;
    private final MemorySegment mean;
    private final MemorySegment sum;
    private final int cmnType;
    private final float[] initialMean;
    private final float[] initialSum;
    private final int initialFrames;

    private ChannelAdaptation(PocketSphinxNative lib, MemorySegment ps, MemorySegment feat, MemorySegment cmn,
                              int veclen) {
        this.lib = lib;
        this.ps = ps;
        this.feat = feat;
        this.cmn = cmn;
        this.mean = cmn.get(ADDRESS, CMN_MEAN).reinterpret(veclen * JAVA_FLOAT.byteSize());
        this.sum = cmn.get(ADDRESS, CMN_SUM).reinterpret(veclen * JAVA_FLOAT.byteSize());
        this.cmnType = feat.get(JAVA_INT, FEAT_CMN_TYPE);
        this.initialMean = mean.toArray(JAVA_FLOAT);
        this.initialSum = sum.toArray(JAVA_FLOAT);
        this.initialFrames = cmn.get(JAVA_INT, CMN_NFRAME);
    }

    /**
     * Records the state of a decoder that has not heard any audio yet.
     *
     * @throws NativeCallException when the library's structs are not laid out as expected
     */
    static ChannelAdaptation capture(PocketSphinxNative lib, MemorySegment ps) {
        MemorySegment feat = lib.feat(ps);
        if (feat.equals(MemorySegment.NULL)) {
            throw NativeCallException.returnedNull("ps_get_feat");
        }
        feat = feat.reinterpret(FEAT_SIZE);
        MemorySegment cmn = feat.get(ADDRESS, FEAT_CMN_STRUCT);
        if (cmn.equals(MemorySegment.NULL)) {
            throw unexpectedLayout("the feature computation has no cepstral mean state");
        }
        cmn = cmn.reinterpret(CMN_SIZE);
        int veclen = cmn.get(JAVA_INT, CMN_VECLEN);
        if (veclen < 1 || veclen > MAX_VECLEN || veclen != feat.get(JAVA_INT, FEAT_CEPSIZE)) {
            throw unexpectedLayout("cepstral mean length " + veclen);
        }
        ChannelAdaptation state = new ChannelAdaptation(lib, ps, feat, cmn, veclen);
        state.checkAgainst(configuredMean(lib, ps));
        return state;
    }

    /** Puts the cepstral mean and the noise floor back to what a new decoder starts with. No allocation. */
    void forget() {
        MemorySegment.copy(initialMean, 0, mean, JAVA_FLOAT, 0, initialMean.length);
        MemorySegment.copy(initialSum, 0, sum, JAVA_FLOAT, 0, initialSum.length);
        cmn.set(JAVA_INT, CMN_NFRAME, initialFrames);
        feat.set(JAVA_INT, FEAT_CMN_TYPE, cmnType);
        int result = lib.startStream(ps);
        if (result < 0) {
            throw NativeCallException.failed("ps_start_stream", result);
        }
    }

    /** Moves the cepstral mean to the utterance's frames so far, weighed against the model's mean. No allocation. */
    void follow() {
        int frames = cmn.get(JAVA_INT, CMN_NFRAME);
        for (int i = 0; i < initialMean.length; i++) {
            float s = sum.getAtIndex(JAVA_FLOAT, i);
            mean.setAtIndex(JAVA_FLOAT, i, (initialMean[i] * PRIOR_FRAMES + s) / (PRIOR_FRAMES + frames));
        }
    }

    private void checkAgainst(float[] configured) {
        for (int i = 0; i < configured.length && i < initialMean.length; i++) {
            if (Math.abs(configured[i] - initialMean[i]) > 1e-3f) {
                throw unexpectedLayout("cepstral mean " + Arrays.toString(initialMean) + " is not the model's -cmninit "
                        + Arrays.toString(configured));
            }
        }
    }

    /** The decoder's {@code -cmninit} values (the model's feat.params or the library default). */
    private static float[] configuredMean(PocketSphinxNative lib, MemorySegment ps) {
        try (Arena call = Arena.ofConfined()) {
            MemorySegment value = lib.configString(lib.config(ps), call.allocateFrom("-cmninit"));
            if (value.equals(MemorySegment.NULL)) {
                throw unexpectedLayout("the decoder has no -cmninit");
            }
            String[] parts = value.reinterpret(Integer.MAX_VALUE).getString(0).split(",");
            float[] out = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = Float.parseFloat(parts[i].trim());
            }
            return out;
        }
    }

    private static NativeCallException unexpectedLayout(String detail) {
        return NativeCallException.failed("ps_get_feat", "sphinxbase's feature structs are not laid out as in "
                + "libsphinxbase3 5prealpha (" + detail + "); the decoder's channel state cannot be reset");
    }
}
