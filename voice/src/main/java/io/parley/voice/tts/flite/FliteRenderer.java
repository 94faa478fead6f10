package io.parley.voice.tts.flite;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import io.parley.voice.nativelib.NativeCallException;
import io.parley.voice.nativelib.NativeLibrary;
import io.parley.voice.nativelib.SerialSynthesizer;
import io.parley.voice.nativelib.SynthesisJob;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Drives libflite on the synthesiser's thread. Each voice gets a {@code streaming_info} feature whose callback
 * receives the audio while flite renders it; answering {@code CST_AUDIO_STREAM_STOP} abandons the sentence.
 */
final class FliteRenderer implements SerialSynthesizer.Renderer {

    /** Voices shipped by Debian's libflite1 at 16 kHz (kal is 8 kHz and so not offered). */
    static final Set<String> VOICES = Set.of("slt", "kal16", "awb", "rms");

    /** The job being rendered and what went wrong in the callback; only the owning thread touches them. */
    private static SynthesisJob rendering;
    private static int expectedRate;
    private static Throwable callbackFailure;

    private final FliteNative lib;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment callback;
    private final MemorySegment none;
    private final MemorySegment streamingInfo;
    private final int sampleRate;
    private final int chunkSamples;
    private final Map<String, MemorySegment> voices = new HashMap<>();

    private FliteRenderer(FliteNative lib, int sampleRate, int chunkSamples) throws ReflectiveOperationException {
        this.lib = lib;
        this.sampleRate = sampleRate;
        this.chunkSamples = chunkSamples;
        this.callback = NativeLibrary.linker().upcallStub(
                MethodHandles.lookup().findStatic(FliteRenderer.class, "onAudio", MethodType.methodType(
                        int.class, MemorySegment.class, int.class, int.class, int.class, MemorySegment.class)),
                FliteNative.STREAM_CALLBACK, arena);
        this.none = arena.allocateFrom("none");
        this.streamingInfo = arena.allocateFrom("streaming_info");
    }

    static FliteRenderer start(int sampleRate, int chunkSamples) throws ReflectiveOperationException {
        FliteNative lib = new FliteNative();
        lib.init();
        return new FliteRenderer(lib, sampleRate, chunkSamples);
    }

    @Override
    public void render(SynthesisJob job) {
        MemorySegment voice = voice(job.voice());
        try (Arena call = Arena.ofConfined()) {
            rendering = job;
            expectedRate = sampleRate;
            callbackFailure = null;
            float seconds = lib.textToSpeech(call.allocateFrom(job.text()), voice, none);
            if (callbackFailure != null) {
                throw new IllegalStateException("flite audio callback failed: " + callbackFailure.getMessage(),
                        callbackFailure);
            }
            if (seconds < 0 && !job.cancelled()) {
                throw NativeCallException.failed("flite_text_to_speech", "returned " + seconds);
            }
        } finally {
            rendering = null;
        }
    }

    private MemorySegment voice(String name) {
        MemorySegment voice = voices.get(name);
        if (voice != null) {
            return voice;
        }
        if (!VOICES.contains(name)) {
            throw new IllegalArgumentException("flite has no voice named '" + name + "'; choose one of " + VOICES);
        }
        voice = lib.registerVoice(name);
        if (voice.equals(MemorySegment.NULL)) {
            throw NativeCallException.returnedNull("register_cmu_us_" + name);
        }
        lib.stream(voice, callback, chunkSamples, streamingInfo);
        voices.put(name, voice);
        return voice;
    }

    /** The streaming callback. Must never throw: an exception escaping an upcall kills the JVM. */
    private static int onAudio(MemorySegment wave, int start, int size, int last, MemorySegment info) {
        try {
            SynthesisJob job = rendering;
            if (job == null) {
                return FliteNative.STREAM_STOP;
            }
            if (size <= 0) {
                return job.cancelled() ? FliteNative.STREAM_STOP : FliteNative.STREAM_CONTINUE;
            }
            MemorySegment w = wave.reinterpret(FliteNative.WAVE_SIZE);
            int rate = w.get(JAVA_INT, FliteNative.WAVE_SAMPLE_RATE);
            if (rate != expectedRate) {
                throw new IllegalStateException("voice renders at " + rate + " Hz, not " + expectedRate + " Hz");
            }
            MemorySegment samples = w.get(ADDRESS, FliteNative.WAVE_SAMPLES)
                    .reinterpret((long) (start + size) * Short.BYTES);
            short[] pcm = samples.asSlice((long) start * Short.BYTES, (long) size * Short.BYTES).toArray(JAVA_SHORT);
            return job.deliver(pcm) ? FliteNative.STREAM_CONTINUE : FliteNative.STREAM_STOP;
        } catch (Throwable t) {
            callbackFailure = t;
            return FliteNative.STREAM_STOP;
        }
    }

    /**
     * Voices stay registered for the life of the process (flite offers no safe unregister while its global voice
     * list may hold them); the upcall stub is kept alive with them, so the arena is deliberately not closed.
     */
    @Override
    public void shutdown() {
        voices.clear();
    }
}
