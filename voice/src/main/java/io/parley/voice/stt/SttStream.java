package io.parley.voice.stt;

/** An open recognition stream. Not thread-safe: one owner feeds it. */
public interface SttStream extends AutoCloseable {

    /** Feeds 16 kHz mono PCM16; may trigger {@link SttListener#partial}. */
    void accept(short[] pcm);

    /** No more audio for this utterance: the engine delivers {@link SttListener#fin} (or an error) soon after. */
    void finish();

    /** Drops the stream without a final result. Idempotent. */
    @Override
    void close();
}
