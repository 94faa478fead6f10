package io.parley.voice.turn;

import java.util.ArrayDeque;

/** The last few hundred milliseconds of frames, kept so a turn's audio can start before its speech was detected. */
final class FrameHistory {

    private final int maxFrames;
    private final ArrayDeque<short[]> frames;

    FrameHistory(int maxFrames) {
        this.maxFrames = maxFrames;
        this.frames = new ArrayDeque<>(Math.max(1, maxFrames));
    }

    void add(short[] frame) {
        if (maxFrames == 0) {
            return;
        }
        if (frames.size() == maxFrames) {
            frames.removeFirst();
        }
        frames.addLast(frame);
    }

    /** The kept frames, oldest first, as one array; the history is emptied. */
    short[] drain() {
        int total = frames.stream().mapToInt(f -> f.length).sum();
        short[] out = new short[total];
        int at = 0;
        for (short[] f : frames) {
            System.arraycopy(f, 0, out, at, f.length);
            at += f.length;
        }
        frames.clear();
        return out;
    }
}
