package io.parley.bench.load.audio;

import java.util.List;

/** A piece of caller audio cut into 20 ms frames of 16 kHz mono PCM16 (640 bytes each, little-endian). */
public record Clip(String name, List<byte[]> frames) {

    public Clip {
        frames = List.copyOf(frames);
    }

    /** The first {@code maxMs} of the clip. */
    public Clip truncated(int maxMs) {
        return new Clip(name, frames.subList(0, Math.min(frames.size(), Math.max(1, maxMs / 20))));
    }

    public int durationMs() {
        return frames.size() * 20;
    }
}
