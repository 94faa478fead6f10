package io.parley.voice.audio;

import java.util.Objects;

/**
 * A chunk of mono signed 16-bit PCM at a known sample rate. Media planes deliver 20 ms frames at 16 kHz;
 * TTS engines produce their own rate. The array is owned by the frame: producers hand over a fresh array.
 */
public record PcmFrame(short[] samples, int sampleRate) {

    public static final int ENGINE_RATE = 16_000;
    public static final int FRAME_MS = 20;

    public PcmFrame {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive: " + sampleRate);
        }
    }

    public double durationMs() {
        return samples.length * 1000.0 / sampleRate;
    }

    /** Samples in one frame of {@code ms} milliseconds at {@code rate}. */
    public static int samplesPer(int ms, int rate) {
        return rate * ms / 1000;
    }
}
