package io.parley.voice.simulator;

import io.parley.voice.audio.Resampler;
import java.util.Arrays;

/**
 * The agent's side of the recording: each paced chunk is placed at the call time it was sent, so gaps,
 * overlaps with the caller and latency are heard as they happened.
 */
final class AgentTrack {

    private final int rate;
    private short[] samples = new short[16_000 * 10];
    private int cursor;
    private int length;
    /** One streaming converter per source rate, so chunk edges stay seamless (a fallback voice may differ). */
    private final java.util.Map<Integer, Resampler> converters = new java.util.HashMap<>();

    AgentTrack(int rate) {
        this.rate = rate;
    }

    synchronized void add(long atMs, short[] pcm, int pcmRate) {
        short[] converted = pcmRate == rate ? pcm
                : converters.computeIfAbsent(pcmRate, r -> Resampler.of(r, rate)).process(pcm);
        int at = Math.max(cursor, (int) (atMs * rate / 1000));
        ensure(at + converted.length);
        System.arraycopy(converted, 0, samples, at, converted.length);
        cursor = at + converted.length;
        length = Math.max(length, cursor);
    }

    /** The track, padded or cut to {@code totalSamples}. */
    synchronized short[] samples(int totalSamples) {
        return Arrays.copyOf(samples, Math.max(totalSamples, length));
    }

    private void ensure(int size) {
        if (size > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(size, samples.length * 2));
        }
    }

    int rate() {
        return rate;
    }
}
