package io.parley.bench.load.audio;

import java.util.List;

/** A piece of caller audio cut into 20 ms frames of 16 kHz mono PCM16 (640 bytes each, little-endian). */
public record Clip(String name, List<byte[]> frames) {

    public Clip {
        frames = List.copyOf(frames);
    }

    public int durationMs() {
        return frames.size() * 20;
    }
}
