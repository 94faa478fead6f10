package io.parley.app.media.webrtc;

import java.util.function.Consumer;

/** Re-cuts a stream of mono samples into blocks of exactly {@code size} samples, carrying the remainder over. */
final class FrameSlicer {

    private final int size;
    private short[] pending;
    private int filled;

    FrameSlicer(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("block size must be positive: " + size);
        }
        this.size = size;
        this.pending = new short[size];
    }

    void accept(short[] samples, Consumer<short[]> onBlock) {
        int offset = 0;
        while (offset < samples.length) {
            int take = Math.min(size - filled, samples.length - offset);
            System.arraycopy(samples, offset, pending, filled, take);
            filled += take;
            offset += take;
            if (filled == size) {
                short[] block = pending;
                pending = new short[size];
                filled = 0;
                onBlock.accept(block);
            }
        }
    }

    /** Forgets a partly filled block. */
    void clear() {
        filled = 0;
    }
}
