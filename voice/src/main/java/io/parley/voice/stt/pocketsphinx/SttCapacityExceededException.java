package io.parley.voice.stt.pocketsphinx;

/** Every decoder of the pool is serving a stream; the caller should fall back or retry later. */
public final class SttCapacityExceededException extends RuntimeException {

    private SttCapacityExceededException(String message) {
        super(message);
    }

    static SttCapacityExceededException allDecodersBusy(int capacity) {
        return new SttCapacityExceededException("All " + capacity
                + " pocketsphinx decoders are in use; raise parley.voice.stt.pocketsphinx pool size or add nodes");
    }
}
