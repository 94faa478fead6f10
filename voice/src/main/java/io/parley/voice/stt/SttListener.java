package io.parley.voice.stt;

/** Receives recognition results. Called on the engine's thread. */
public interface SttListener {

    void partial(String text);

    /** The final transcript of the utterance; {@code confidence} in 0..1, or NaN if the engine has none. */
    void fin(String text, double confidence);

    void error(Throwable error);
}
