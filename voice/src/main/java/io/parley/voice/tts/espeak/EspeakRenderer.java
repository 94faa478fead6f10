package io.parley.voice.tts.espeak;

import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import io.parley.voice.nativelib.NativeCallException;
import io.parley.voice.nativelib.NativeLibrary;
import io.parley.voice.nativelib.SerialSynthesizer;
import io.parley.voice.nativelib.SynthesisJob;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives libespeak-ng in synchronous mode on the synthesiser's thread: {@code espeak_Synth} blocks while the
 * library calls back with each buffer of audio, and a callback answering 1 aborts the sentence at once.
 */
final class EspeakRenderer implements SerialSynthesizer.Renderer {

    private static final Logger log = LoggerFactory.getLogger(EspeakRenderer.class);

    /** The job being rendered; only the owning thread reads or writes it (the callback runs there too). */
    private static SynthesisJob rendering;
    private static Throwable callbackFailure;

    private final EspeakNative lib;
    private final Arena arena;
    private final int sampleRate;
    private String voice;

    private EspeakRenderer(EspeakNative lib, Arena arena, int sampleRate) {
        this.lib = lib;
        this.arena = arena;
        this.sampleRate = sampleRate;
    }

    /** Initialises the library; runs on the owning thread. */
    static EspeakRenderer start(int bufferMs) throws ReflectiveOperationException {
        EspeakNative lib = new EspeakNative();
        int rate = lib.initialize(bufferMs);
        if (rate <= 0) {
            throw NativeCallException.failed("espeak_Initialize", rate
                    + " (is espeak-ng-data installed? install the Debian package espeak-ng-data)");
        }
        Arena arena = Arena.ofShared();
        MemorySegment callback = NativeLibrary.linker().upcallStub(
                MethodHandles.lookup().findStatic(EspeakRenderer.class, "onAudio",
                        MethodType.methodType(int.class, MemorySegment.class, int.class, MemorySegment.class)),
                EspeakNative.SYNTH_CALLBACK, arena);
        lib.setSynthCallback(callback);
        return new EspeakRenderer(lib, arena, rate);
    }

    int sampleRate() {
        return sampleRate;
    }

    @Override
    public void render(SynthesisJob job) {
        selectVoice(job.voice());
        try (Arena call = Arena.ofConfined()) {
            MemorySegment text = call.allocateFrom(job.text());
            rendering = job;
            callbackFailure = null;
            int result = lib.synth(text, text.byteSize());
            if (callbackFailure != null) {
                throw new IllegalStateException("espeak-ng audio callback failed", callbackFailure);
            }
            if (result != EspeakNative.EE_OK && !job.cancelled()) {
                throw NativeCallException.failed("espeak_Synth", result);
            }
        } finally {
            rendering = null;
        }
    }

    private void selectVoice(String name) {
        if (name.equals(voice)) {
            return;
        }
        try (Arena call = Arena.ofConfined()) {
            MemorySegment cName = call.allocateFrom(name);
            int result = lib.setVoiceByName(cName);
            if (result == EspeakNative.EE_NOT_FOUND) {
                String byLanguage = lib.voiceNameForLanguage(name); // a language tag such as en-gb
                if (byLanguage != null) {
                    result = lib.setVoiceByName(call.allocateFrom(byLanguage));
                }
            }
            if (result == EspeakNative.EE_NOT_FOUND) {
                voice = null;
                throw new IllegalArgumentException("espeak-ng has no voice named '" + name + "'");
            }
            if (result != EspeakNative.EE_OK) {
                voice = null;
                throw NativeCallException.failed("espeak_SetVoiceByName(" + name + ")", result);
            }
            voice = name;
        }
    }

    /** The synth callback. Must never throw: an exception escaping an upcall kills the JVM. */
    private static int onAudio(MemorySegment wav, int samples, MemorySegment events) {
        try {
            SynthesisJob job = rendering;
            if (job == null) {
                return 1;
            }
            if (samples <= 0 || wav.equals(MemorySegment.NULL)) {
                return job.cancelled() ? 1 : 0;
            }
            short[] pcm = wav.reinterpret((long) samples * Short.BYTES).toArray(JAVA_SHORT);
            return job.deliver(pcm) ? 0 : 1;
        } catch (Throwable t) {
            callbackFailure = t;
            return 1;
        }
    }

    @Override
    public void shutdown() {
        try {
            int result = lib.terminate();
            if (result != EspeakNative.EE_OK) {
                log.warn("espeak_Terminate returned {}", result);
            }
        } catch (RuntimeException e) {
            log.warn("espeak_Terminate failed", e);
        } finally {
            arena.close();
        }
    }
}
