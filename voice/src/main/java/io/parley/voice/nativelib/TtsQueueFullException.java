package io.parley.voice.nativelib;

/** A synthesiser's bounded job queue is full: the node is producing speech slower than it is asked for. */
public final class TtsQueueFullException extends RuntimeException {

    private TtsQueueFullException(String message) {
        super(message);
    }

    static TtsQueueFullException of(String engine, int queued) {
        return new TtsQueueFullException(engine + " already has " + queued + " sentences waiting; try again later");
    }
}
