package io.parley.voice.stt.pocketsphinx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * A bounded pool of decoders. A stream reserves a slot up front (so an over-subscribed node says so at once) and
 * the decoder itself is created lazily, on the stream's own thread, the first time the slot needs one; idle
 * decoders are reused.
 */
final class DecoderPool implements AutoCloseable {

    private final int capacity;
    private final Supplier<PocketSphinxDecoder> factory;
    private final Deque<PocketSphinxDecoder> idle = new ArrayDeque<>();
    private int leased;
    private int created;
    private boolean closed;

    DecoderPool(int capacity, Supplier<PocketSphinxDecoder> factory) {
        if (capacity < 1) {
            throw new IllegalArgumentException("decoder pool capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.factory = factory;
    }

    /**
     * Reserves a decoder for one stream.
     *
     * @throws SttCapacityExceededException when all {@code capacity} decoders are in use
     */
    synchronized Lease reserve() {
        if (closed) {
            throw new IllegalStateException("the pocketsphinx engine is closed");
        }
        if (leased >= capacity) {
            throw SttCapacityExceededException.allDecodersBusy(capacity);
        }
        leased++;
        return new Lease(idle.pollFirst());
    }

    private synchronized boolean giveBack(PocketSphinxDecoder decoder) {
        leased--;
        if (decoder == null) {
            return true;
        }
        if (closed) {
            return false;
        }
        idle.addFirst(decoder);
        return true;
    }

    private PocketSphinxDecoder create() {
        PocketSphinxDecoder decoder = factory.get();
        synchronized (this) {
            created++;
        }
        return decoder;
    }

    synchronized int created() {
        return created;
    }

    synchronized int inUse() {
        return leased;
    }

    /** Frees idle decoders now; decoders still leased are freed when their streams end. */
    @Override
    public void close() {
        Deque<PocketSphinxDecoder> toFree;
        synchronized (this) {
            closed = true;
            toFree = new ArrayDeque<>(idle);
            idle.clear();
        }
        toFree.forEach(PocketSphinxDecoder::close);
    }

    /** One stream's claim on a decoder. Used by one thread at a time; released exactly once. */
    final class Lease implements AutoCloseable {

        private PocketSphinxDecoder decoder;
        private boolean released;

        private Lease(PocketSphinxDecoder decoder) {
            this.decoder = decoder;
        }

        /** The decoder, created now if the pool had none idle. */
        PocketSphinxDecoder decoder() {
            if (released) {
                throw new IllegalStateException("lease already released");
            }
            if (decoder == null) {
                decoder = create();
            }
            return decoder;
        }

        /** Returns the decoder to the pool, or frees it when it may be in a bad state or the pool is closed. */
        void release(boolean healthy) {
            if (released) {
                return;
            }
            released = true;
            PocketSphinxDecoder handedBack = healthy ? decoder : null;
            if (!healthy && decoder != null) {
                decoder.close();
            }
            if (!giveBack(handedBack) && handedBack != null) {
                handedBack.close();
            }
        }

        @Override
        public void close() {
            release(true);
        }
    }
}
