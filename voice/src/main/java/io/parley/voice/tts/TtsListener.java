package io.parley.voice.tts;

/** Receives synthesised audio. Called on the engine's thread. */
public interface TtsListener {

    /** Mono PCM16 at the engine's {@link TextToSpeech#sampleRate()}. */
    void audio(short[] pcm);

    void done();

    void error(Throwable error);
}
