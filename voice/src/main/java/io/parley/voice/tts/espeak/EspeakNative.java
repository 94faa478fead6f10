package io.parley.voice.tts.espeak;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.parley.voice.nativelib.NativeCallException;
import io.parley.voice.nativelib.NativeLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/** FFM bindings to libespeak-ng's {@code speak_lib.h} API (Debian's libespeak-ng1, API revision 12). */
final class EspeakNative {

    static final int AUDIO_OUTPUT_SYNCHRONOUS = 2;
    static final int INITIALIZE_DONT_EXIT = 0x8000;
    static final int POS_CHARACTER = 1;
    static final int CHARS_UTF8 = 1;
    static final int EE_OK = 0;
    static final int EE_NOT_FOUND = 2;

    /** {@code int callback(short *wav, int numsamples, espeak_EVENT *events)}. */
    static final FunctionDescriptor SYNTH_CALLBACK = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS);

    private final MethodHandle initialize;
    private final MethodHandle setSynthCallback;
    private final MethodHandle setVoiceByName;
    private final MethodHandle listVoices;
    private final MethodHandle synth;
    private final MethodHandle terminate;

    EspeakNative() {
        NativeLibrary lib = NativeLibrary.load("espeak-ng", "the Debian package libespeak-ng1",
                List.of("libespeak-ng.so.1", "libespeak-ng.so"));
        initialize = lib.function("espeak_Initialize", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
        setSynthCallback = lib.function("espeak_SetSynthCallback", FunctionDescriptor.ofVoid(ADDRESS));
        setVoiceByName = lib.function("espeak_SetVoiceByName", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        listVoices = lib.function("espeak_ListVoices", FunctionDescriptor.of(ADDRESS, ADDRESS));
        synth = lib.function("espeak_Synth", FunctionDescriptor.of(JAVA_INT,
                ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
        terminate = lib.function("espeak_Terminate", FunctionDescriptor.of(JAVA_INT));
    }

    /** Returns the sample rate, or a negative error. */
    int initialize(int bufferMs) {
        try {
            return (int) initialize.invokeExact(AUDIO_OUTPUT_SYNCHRONOUS, bufferMs, MemorySegment.NULL,
                    INITIALIZE_DONT_EXIT);
        } catch (Throwable t) {
            throw NativeCallException.invocation("espeak_Initialize", t);
        }
    }

    void setSynthCallback(MemorySegment callback) {
        try {
            setSynthCallback.invokeExact(callback);
        } catch (Throwable t) {
            throw NativeCallException.invocation("espeak_SetSynthCallback", t);
        }
    }

    int setVoiceByName(MemorySegment name) {
        try {
            return (int) setVoiceByName.invokeExact(name);
        } catch (Throwable t) {
            throw NativeCallException.invocation("espeak_SetVoiceByName", t);
        }
    }

    /**
     * The name of the installed voice whose language list names {@code languageTag} exactly (best priority first),
     * or null. Selecting by properties instead would silently fall back to a default voice for unknown tags.
     */
    String voiceNameForLanguage(String languageTag) {
        MemorySegment list;
        try {
            list = ((MemorySegment) listVoices.invokeExact(MemorySegment.NULL)).reinterpret(Long.MAX_VALUE);
        } catch (Throwable t) {
            throw NativeCallException.invocation("espeak_ListVoices", t);
        }
        if (list.equals(MemorySegment.NULL)) {
            return null;
        }
        String best = null;
        int bestPriority = Integer.MAX_VALUE;
        for (long i = 0; ; i++) {
            MemorySegment voice = list.getAtIndex(ADDRESS, i);
            if (voice.equals(MemorySegment.NULL)) {
                break;
            }
            voice = voice.reinterpret(40);
            // languages: repeated (priority byte, NUL-terminated name), ended by a zero priority byte
            MemorySegment languages = voice.get(ADDRESS, 8).reinterpret(Long.MAX_VALUE);
            long offset = 0;
            for (int priority = languages.get(JAVA_BYTE, 0); priority != 0; priority = languages.get(JAVA_BYTE, offset)) {
                String language = languages.getString(offset + 1);
                if (language.equalsIgnoreCase(languageTag) && priority < bestPriority) {
                    bestPriority = priority;
                    best = voice.get(ADDRESS, 0).reinterpret(Long.MAX_VALUE).getString(0);
                }
                offset += 1 + language.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
            }
        }
        return best;
    }

    /** Synthesises UTF-8 {@code text} (NUL-terminated, {@code size} bytes with the NUL); blocks in synchronous mode. */
    int synth(MemorySegment text, long size) {
        try {
            return (int) synth.invokeExact(text, size, 0, POS_CHARACTER, 0, CHARS_UTF8, MemorySegment.NULL,
                    MemorySegment.NULL);
        } catch (Throwable t) {
            throw NativeCallException.invocation("espeak_Synth", t);
        }
    }

    int terminate() {
        try {
            return (int) terminate.invokeExact();
        } catch (Throwable t) {
            throw NativeCallException.invocation("espeak_Terminate", t);
        }
    }
}
