package io.parley.voice.tts.flite;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import io.parley.voice.nativelib.NativeCallException;
import io.parley.voice.nativelib.NativeLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/** FFM bindings to libflite 2.2 (Debian's libflite1) and its voice libraries. */
final class FliteNative {

    static final int STREAM_CONTINUE = 0;
    static final int STREAM_STOP = -1;

    /** {@code int asc(const cst_wave *w, int start, int size, int last, cst_audio_streaming_info *asi)}. */
    static final FunctionDescriptor STREAM_CALLBACK =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS);

    // cst_wave: type (pointer), sample_rate, num_samples, num_channels (int), samples (pointer)
    static final long WAVE_SAMPLE_RATE = 8;
    static final long WAVE_SAMPLES = 24;
    static final long WAVE_SIZE = 32;
    // cst_audio_streaming_info: min_buffsize (int), asc, utt, item, userdata (pointers)
    static final long ASI_MIN_BUFFSIZE = 0;
    static final long ASI_CALLBACK = 8;
    static final long ASI_SIZE = 40;
    // cst_voice: name, features (pointers), ...
    static final long VOICE_FEATURES = 8;

    private final MethodHandle init;
    private final MethodHandle textToSpeech;
    private final MethodHandle newStreamingInfo;
    private final MethodHandle streamingInfoVal;
    private final MethodHandle featSet;

    FliteNative() {
        NativeLibrary lib = NativeLibrary.load("flite", "the Debian package libflite1",
                List.of("libflite.so.1", "libflite.so"));
        init = lib.function("flite_init", FunctionDescriptor.of(JAVA_INT));
        textToSpeech = lib.function("flite_text_to_speech", FunctionDescriptor.of(JAVA_FLOAT, ADDRESS, ADDRESS, ADDRESS));
        newStreamingInfo = lib.function("new_audio_streaming_info", FunctionDescriptor.of(ADDRESS));
        streamingInfoVal = lib.function("audio_streaming_info_val", FunctionDescriptor.of(ADDRESS, ADDRESS));
        featSet = lib.function("flite_feat_set", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    }

    int init() {
        try {
            return (int) init.invokeExact();
        } catch (Throwable t) {
            throw NativeCallException.invocation("flite_init", t);
        }
    }

    /** Loads {@code libflite_cmu_us_<name>} and registers the voice; NULL when the library has no such voice. */
    MemorySegment registerVoice(String name) {
        NativeLibrary voiceLib = NativeLibrary.load("flite voice " + name, "the Debian package libflite1",
                List.of("libflite_cmu_us_" + name + ".so.1", "libflite_cmu_us_" + name + ".so"));
        MethodHandle register = voiceLib.function("register_cmu_us_" + name, FunctionDescriptor.of(ADDRESS, ADDRESS));
        try {
            return (MemorySegment) register.invokeExact(MemorySegment.NULL);
        } catch (Throwable t) {
            throw NativeCallException.invocation("register_cmu_us_" + name, t);
        }
    }

    /** Makes {@code voice} stream its audio to {@code callback} in chunks of at least {@code minSamples}. */
    void stream(MemorySegment voice, MemorySegment callback, int minSamples, MemorySegment featureName) {
        try {
            MemorySegment asi = ((MemorySegment) newStreamingInfo.invokeExact()).reinterpret(ASI_SIZE);
            if (asi.equals(MemorySegment.NULL)) {
                throw NativeCallException.returnedNull("new_audio_streaming_info");
            }
            asi.set(JAVA_INT, ASI_MIN_BUFFSIZE, minSamples);
            asi.set(ADDRESS, ASI_CALLBACK, callback);
            MemorySegment val = (MemorySegment) streamingInfoVal.invokeExact(asi); // the voice's features own it
            MemorySegment features = voice.reinterpret(VOICE_FEATURES + ADDRESS.byteSize()).get(ADDRESS, VOICE_FEATURES);
            featSet.invokeExact(features, featureName, val);
        } catch (NativeCallException e) {
            throw e;
        } catch (Throwable t) {
            throw NativeCallException.invocation("flite_feat_set(streaming_info)", t);
        }
    }

    /** Synthesises {@code text}; returns the duration in seconds, negative on failure. */
    float textToSpeech(MemorySegment text, MemorySegment voice, MemorySegment outType) {
        try {
            return (float) textToSpeech.invokeExact(text, voice, outType);
        } catch (Throwable t) {
            throw NativeCallException.invocation("flite_text_to_speech", t);
        }
    }
}
