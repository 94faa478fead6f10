package io.parley.voice.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns chunks of any size at any rate into exact 20 ms frames at the engine rate (320 samples at 16 kHz), the unit
 * the VAD, turn detector and STT consume. Media planes deliver what the network gives them (10 ms Opus at 48 kHz,
 * 160-byte μ-law at 8 kHz, odd-sized WebSocket messages); this is where that variety ends.
 * One per stream; not thread-safe.
 */
public final class FrameSplitter {

    private final Resampler resampler;
    private final int frameSamples;
    private final short[] pending;
    private int filled;

    /** Splits audio arriving at {@code inputRate}, e.g. {@code new FrameSplitter(48_000)}. */
    public FrameSplitter(int inputRate) {
        this(inputRate, PcmFrame.ENGINE_RATE, PcmFrame.FRAME_MS);
    }

    public FrameSplitter(int inputRate, int outputRate, int frameMs) {
        this.resampler = Resampler.of(inputRate, outputRate);
        this.frameSamples = PcmFrame.samplesPer(frameMs, outputRate);
        this.pending = new short[frameSamples];
    }

    /** Adds a chunk and returns the frames it completed (possibly none); the remainder waits for the next chunk. */
    public List<PcmFrame> push(short[] chunk) {
        short[] converted = resampler.process(chunk);
        List<PcmFrame> frames = new ArrayList<>(converted.length / frameSamples + 1);
        int at = 0;
        while (at < converted.length) {
            int take = Math.min(frameSamples - filled, converted.length - at);
            System.arraycopy(converted, at, pending, filled, take);
            filled += take;
            at += take;
            if (filled == frameSamples) {
                frames.add(new PcmFrame(pending.clone(), resampler.toRate()));
                filled = 0;
            }
        }
        return frames;
    }

    /** Samples waiting for a full frame. */
    public int pendingSamples() {
        return filled;
    }
}
