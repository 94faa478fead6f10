package io.parley.voice.audio;

/**
 * A streaming, band-limited sample-rate converter for mono PCM16 (polyphase Kaiser-windowed sinc). It keeps the
 * tail of each chunk as filter history, so audio cut into chunks of any size converts to exactly the same samples
 * as the whole signal at once: chunk boundaries leave no clicks. Content above the lower rate's Nyquist frequency
 * is filtered out before decimation, so it cannot alias into the speech band.
 *
 * <p>One instance per stream; not thread-safe. The output is delayed by about half the filter length
 * (under 1 ms for the common rates); {@link #flush()} drains it at end of stream.
 */
public final class Resampler {

    private final int fromRate;
    private final int toRate;
    private final PolyphaseFilter filter;
    private final boolean passThrough;
    /** The last {@code taps - 1} input samples, oldest first. */
    private float[] history;
    /** Input samples consumed so far. */
    private long consumed;
    /** Position of the next output sample, in units of 1/up input samples. */
    private long nextPosition;

    private Resampler(int fromRate, int toRate) {
        this.fromRate = fromRate;
        this.toRate = toRate;
        this.passThrough = fromRate == toRate;
        this.filter = passThrough ? null : PolyphaseFilter.between(fromRate, toRate);
        this.history = new float[passThrough ? 0 : filter.taps - 1];
    }

    /** A converter from {@code fromRate} to {@code toRate} Hz, e.g. {@code Resampler.of(48_000, 16_000)}. */
    public static Resampler of(int fromRate, int toRate) {
        return new Resampler(fromRate, toRate);
    }

    /** Converts a whole signal in one go. */
    public static short[] convert(short[] samples, int fromRate, int toRate) {
        Resampler r = of(fromRate, toRate);
        short[] body = r.process(samples);
        short[] tail = r.flush();
        short[] out = java.util.Arrays.copyOf(body, body.length + tail.length);
        System.arraycopy(tail, 0, out, body.length, tail.length);
        return out;
    }

    public int fromRate() {
        return fromRate;
    }

    public int toRate() {
        return toRate;
    }

    /** Converts the next chunk; returns the output samples that are complete so far (possibly none). */
    public short[] process(short[] chunk) {
        if (passThrough) {
            return chunk.clone();
        }
        int taps = filter.taps;
        int up = filter.up;
        float[] work = new float[history.length + chunk.length];
        System.arraycopy(history, 0, work, 0, history.length);
        for (int i = 0; i < chunk.length; i++) {
            work[history.length + i] = chunk[i];
        }
        long base = consumed - history.length;
        consumed += chunk.length;
        int count = (int) Math.max(0, ceilDiv(consumed * up - nextPosition, filter.down));
        short[] out = new short[count];
        float[] c = filter.coefficients;
        for (int n = 0; n < count; n++) {
            long index = nextPosition / up;
            int phase = (int) (nextPosition - index * up);
            int oldest = (int) (index - base) - taps + 1;
            out[n] = Pcm16.clip(dot(work, oldest, c, phase * taps, taps));
            nextPosition += filter.down;
        }
        System.arraycopy(work, work.length - history.length, history, 0, history.length);
        return out;
    }

    /** Pushes silence through the filter so the delayed end of the signal comes out; the stream may continue after. */
    public short[] flush() {
        if (passThrough) {
            return new short[0];
        }
        int pad = filter.taps / 2;
        long expectedTotal = (consumed * toRate + fromRate - 1) / fromRate;
        long producedBefore = ceilDiv(nextPosition, filter.down);
        short[] out = process(new short[pad]);
        int keep = (int) Math.max(0, Math.min(out.length, expectedTotal - producedBefore));
        return java.util.Arrays.copyOf(out, keep);
    }

    /** Four independent sums let the CPU overlap the multiply-adds; the order is fixed, so output is reproducible. */
    private static double dot(float[] x, int xFrom, float[] c, int cFrom, int n) {
        float a0 = 0;
        float a1 = 0;
        float a2 = 0;
        float a3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            a0 += x[xFrom + k] * c[cFrom + k];
            a1 += x[xFrom + k + 1] * c[cFrom + k + 1];
            a2 += x[xFrom + k + 2] * c[cFrom + k + 2];
            a3 += x[xFrom + k + 3] * c[cFrom + k + 3];
        }
        for (; k < n; k++) {
            a0 += x[xFrom + k] * c[cFrom + k];
        }
        return (double) a0 + a1 + a2 + a3;
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
