package io.parley.voice.audio;

/**
 * Helpers for signed 16-bit PCM: byte order conversion, float scaling with clipping, level measurement and
 * channel down-mixing. Little-endian everywhere, as WAV files, WebRTC and carriers' media streams use it.
 */
public final class Pcm16 {

    private static final double FULL_SCALE = 32768.0;

    private Pcm16() {
    }

    /** Little-endian bytes to samples; a trailing odd byte is ignored. */
    public static short[] fromBytesLE(byte[] bytes, int offset, int length) {
        short[] out = new short[length / 2];
        for (int i = 0; i < out.length; i++) {
            int lo = bytes[offset + 2 * i] & 0xff;
            int hi = bytes[offset + 2 * i + 1];
            out[i] = (short) ((hi << 8) | lo);
        }
        return out;
    }

    public static short[] fromBytesLE(byte[] bytes) {
        return fromBytesLE(bytes, 0, bytes.length);
    }

    /** Samples to little-endian bytes. */
    public static byte[] toBytesLE(short[] samples) {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            out[2 * i] = (byte) samples[i];
            out[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return out;
    }

    /** Samples scaled to [-1, 1). */
    public static float[] toFloat(short[] samples) {
        float[] out = new float[samples.length];
        toFloat(samples, 0, out, 0, samples.length);
        return out;
    }

    public static void toFloat(short[] src, int srcOffset, float[] dst, int dstOffset, int length) {
        for (int i = 0; i < length; i++) {
            dst[dstOffset + i] = (float) (src[srcOffset + i] / FULL_SCALE);
        }
    }

    /** Rounds and clips a full-scale value (±32768 range) to a sample, so loud filter overshoot never wraps. */
    public static short clip(double value) {
        long rounded = Math.round(value);
        if (rounded > Short.MAX_VALUE) {
            return Short.MAX_VALUE;
        }
        if (rounded < Short.MIN_VALUE) {
            return Short.MIN_VALUE;
        }
        return (short) rounded;
    }

    /** Floats in [-1, 1] to samples, clipping anything outside. */
    public static short[] fromFloat(float[] samples) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = clip(samples[i] * FULL_SCALE);
        }
        return out;
    }

    /** Root mean square level relative to full scale (0..1). */
    public static double rms(short[] samples) {
        return rms(samples, 0, samples.length);
    }

    public static double rms(short[] samples, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = offset; i < offset + length; i++) {
            double s = samples[i];
            sum += s * s;
        }
        return Math.sqrt(sum / length) / FULL_SCALE;
    }

    /** Level in dB relative to full scale; digital silence reports -120 dBFS rather than minus infinity. */
    public static double dbfs(short[] samples) {
        return toDbfs(rms(samples));
    }

    public static double toDbfs(double rms) {
        return rms <= 1e-6 ? -120.0 : 20 * Math.log10(rms);
    }

    /** Averages interleaved channels into one. */
    public static short[] downmix(short[] interleaved, int channels) {
        if (channels == 1) {
            return interleaved;
        }
        short[] out = new short[interleaved.length / channels];
        for (int i = 0; i < out.length; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += interleaved[i * channels + c];
            }
            out[i] = (short) Math.round((double) sum / channels);
        }
        return out;
    }

    /** Concatenates chunks in order. */
    public static short[] concat(java.util.List<short[]> chunks) {
        int total = 0;
        for (short[] c : chunks) {
            total += c.length;
        }
        short[] out = new short[total];
        int at = 0;
        for (short[] c : chunks) {
            System.arraycopy(c, 0, out, at, c.length);
            at += c.length;
        }
        return out;
    }
}
