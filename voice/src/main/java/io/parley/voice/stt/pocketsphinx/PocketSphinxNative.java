package io.parley.voice.stt.pocketsphinx;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.parley.voice.nativelib.NativeCallException;
import io.parley.voice.nativelib.NativeLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * FFM bindings to the pocketsphinx 5prealpha API (Debian 12's libpocketsphinx3) and the few sphinxbase calls it
 * needs. Only raw calls live here; the decoder wrapper checks their results.
 */
final class PocketSphinxNative {

    static final int NGRAM_AUTO = 0;

    private static volatile PocketSphinxNative instance;

    private final MethodHandle psArgs;
    private final MethodHandle cmdLnParse;
    private final MethodHandle cmdLnFree;
    private final MethodHandle psInit;
    private final MethodHandle psFree;
    private final MethodHandle psGetConfig;
    private final MethodHandle psStartStream;
    private final MethodHandle psGetFeat;
    private final MethodHandle cmdLnStr;
    private final MethodHandle psStartUtt;
    private final MethodHandle psProcessRaw;
    private final MethodHandle psEndUtt;
    private final MethodHandle psGetHyp;
    private final MethodHandle psGetProb;
    private final MethodHandle psGetLogmath;
    private final MethodHandle logmathExp;
    private final MethodHandle psGetSearch;
    private final MethodHandle psSetSearch;
    private final MethodHandle psGetLm;
    private final MethodHandle psSetLm;
    private final MethodHandle ngramRead;
    private final MethodHandle ngramSetInit;
    private final MethodHandle ngramFree;
    private final MethodHandle errGetLogfp;

    private PocketSphinxNative() {
        NativeLibrary base = NativeLibrary.load("sphinxbase", "the Debian package libsphinxbase3",
                List.of("libsphinxbase.so.3", "libsphinxbase.so"));
        NativeLibrary ps = NativeLibrary.load("pocketsphinx", "the Debian package libpocketsphinx3",
                List.of("libpocketsphinx.so.3", "libpocketsphinx.so"));
        psArgs = ps.function("ps_args", FunctionDescriptor.of(ADDRESS));
        cmdLnParse = base.function("cmd_ln_parse_r",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
        cmdLnFree = base.function("cmd_ln_free_r", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        psInit = ps.function("ps_init", FunctionDescriptor.of(ADDRESS, ADDRESS));
        psFree = ps.function("ps_free", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        psGetConfig = ps.function("ps_get_config", FunctionDescriptor.of(ADDRESS, ADDRESS));
        psStartStream = ps.function("ps_start_stream", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        psGetFeat = ps.function("ps_get_feat", FunctionDescriptor.of(ADDRESS, ADDRESS));
        cmdLnStr = base.function("cmd_ln_str_r", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        psStartUtt = ps.function("ps_start_utt", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        psProcessRaw = ps.function("ps_process_raw",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT));
        psEndUtt = ps.function("ps_end_utt", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        psGetHyp = ps.function("ps_get_hyp", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        psGetProb = ps.function("ps_get_prob", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        psGetLogmath = ps.function("ps_get_logmath", FunctionDescriptor.of(ADDRESS, ADDRESS));
        logmathExp = base.function("logmath_exp", FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS, JAVA_INT));
        psGetSearch = ps.function("ps_get_search", FunctionDescriptor.of(ADDRESS, ADDRESS));
        psSetSearch = ps.function("ps_set_search", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        psGetLm = ps.function("ps_get_lm", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        psSetLm = ps.function("ps_set_lm", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        ngramRead = base.function("ngram_model_read",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
        ngramSetInit = base.function("ngram_model_set_init",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
        ngramFree = base.function("ngram_model_free", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        errGetLogfp = base.function("err_get_logfp", FunctionDescriptor.of(ADDRESS));
        disableLogging(base);
    }

    /**
     * Silences the library once, for the whole process, before any decoder exists. The library's log is one global
     * FILE: a decoder created with {@code -logfn} opens a new one and fcloses the old one while decoders on other
     * threads may be writing to it, which corrupts the heap (glibc aborts the JVM). So no decoder may set a log file.
     */
    private static void disableLogging(NativeLibrary base) {
        MethodHandle errSetLogfp = base.function("err_set_logfp", FunctionDescriptor.ofVoid(ADDRESS));
        try {
            errSetLogfp.invokeExact(MemorySegment.NULL);
        } catch (Throwable t) {
            throw NativeCallException.invocation("err_set_logfp", t);
        }
    }

    /** True while the library's log is off, as {@link #disableLogging} left it. */
    boolean loggingDisabled() {
        try {
            return ((MemorySegment) errGetLogfp.invokeExact()).equals(MemorySegment.NULL);
        } catch (Throwable t) {
            throw NativeCallException.invocation("err_get_logfp", t);
        }
    }

    /** Loads the libraries on first use. */
    static PocketSphinxNative get() {
        PocketSphinxNative local = instance;
        if (local == null) {
            synchronized (PocketSphinxNative.class) {
                local = instance;
                if (local == null) {
                    local = new PocketSphinxNative();
                    instance = local;
                }
            }
        }
        return local;
    }

    MemorySegment parseConfig(int argc, MemorySegment argv) {
        try {
            MemorySegment args = (MemorySegment) psArgs.invokeExact();
            return (MemorySegment) cmdLnParse.invokeExact(MemorySegment.NULL, args, argc, argv, 1);
        } catch (Throwable t) {
            throw NativeCallException.invocation("cmd_ln_parse_r", t);
        }
    }

    int freeConfig(MemorySegment config) {
        try {
            return (int) cmdLnFree.invokeExact(config);
        } catch (Throwable t) {
            throw NativeCallException.invocation("cmd_ln_free_r", t);
        }
    }

    MemorySegment init(MemorySegment config) {
        try {
            return (MemorySegment) psInit.invokeExact(config);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_init", t);
        }
    }

    int free(MemorySegment ps) {
        try {
            return (int) psFree.invokeExact(ps);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_free", t);
        }
    }

    MemorySegment config(MemorySegment ps) {
        try {
            return (MemorySegment) psGetConfig.invokeExact(ps);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_get_config", t);
        }
    }

    /** Forgets the noise floor the front end tracks across utterances (and restarts stream-wide frame times). */
    int startStream(MemorySegment ps) {
        try {
            return (int) psStartStream.invokeExact(ps);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_start_stream", t);
        }
    }

    /** The decoder's feature computation ({@code feat_t *}), owned by the decoder. */
    MemorySegment feat(MemorySegment ps) {
        try {
            return (MemorySegment) psGetFeat.invokeExact(ps);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_get_feat", t);
        }
    }

    /** A string argument of a configuration, or NULL. */
    MemorySegment configString(MemorySegment config, MemorySegment name) {
        try {
            return (MemorySegment) cmdLnStr.invokeExact(config, name);
        } catch (Throwable t) {
            throw NativeCallException.invocation("cmd_ln_str_r", t);
        }
    }

    int startUtt(MemorySegment ps) {
        try {
            return (int) psStartUtt.invokeExact(ps);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_start_utt", t);
        }
    }

    int processRaw(MemorySegment ps, MemorySegment samples, long count) {
        try {
            return (int) psProcessRaw.invokeExact(ps, samples, count, 0, 0);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_process_raw", t);
        }
    }

    int endUtt(MemorySegment ps) {
        try {
            return (int) psEndUtt.invokeExact(ps);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_end_utt", t);
        }
    }

    MemorySegment hyp(MemorySegment ps, MemorySegment scoreOut) {
        try {
            return (MemorySegment) psGetHyp.invokeExact(ps, scoreOut);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_get_hyp", t);
        }
    }

    /** Posterior probability of the best hypothesis, in 0..1. */
    double posterior(MemorySegment ps) {
        try {
            int logProb = (int) psGetProb.invokeExact(ps);
            MemorySegment logmath = (MemorySegment) psGetLogmath.invokeExact(ps);
            return (double) logmathExp.invokeExact(logmath, logProb);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_get_prob", t);
        }
    }

    MemorySegment logmath(MemorySegment ps) {
        try {
            return (MemorySegment) psGetLogmath.invokeExact(ps);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_get_logmath", t);
        }
    }

    MemorySegment currentSearch(MemorySegment ps) {
        try {
            return (MemorySegment) psGetSearch.invokeExact(ps);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_get_search", t);
        }
    }

    int setSearch(MemorySegment ps, MemorySegment name) {
        try {
            return (int) psSetSearch.invokeExact(ps, name);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_set_search", t);
        }
    }

    MemorySegment lm(MemorySegment ps, MemorySegment name) {
        try {
            return (MemorySegment) psGetLm.invokeExact(ps, name);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_get_lm", t);
        }
    }

    int setLm(MemorySegment ps, MemorySegment name, MemorySegment lm) {
        try {
            return (int) psSetLm.invokeExact(ps, name, lm);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ps_set_lm", t);
        }
    }

    MemorySegment readLm(MemorySegment config, MemorySegment path, MemorySegment logmath) {
        try {
            return (MemorySegment) ngramRead.invokeExact(config, path, NGRAM_AUTO, logmath);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ngram_model_read", t);
        }
    }

    MemorySegment interpolate(MemorySegment config, MemorySegment models, MemorySegment names,
                              MemorySegment weights, int count) {
        try {
            return (MemorySegment) ngramSetInit.invokeExact(config, models, names, weights, count);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ngram_model_set_init", t);
        }
    }

    int freeLm(MemorySegment lm) {
        try {
            return (int) ngramFree.invokeExact(lm);
        } catch (Throwable t) {
            throw NativeCallException.invocation("ngram_model_free", t);
        }
    }
}
