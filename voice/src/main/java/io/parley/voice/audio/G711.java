package io.parley.voice.audio;

/**
 * ITU-T G.711 companding, the codecs of the telephone network: μ-law (PCMU, North America and Japan) and A-law
 * (PCMA, elsewhere). One byte per sample at 8 kHz. Decoding uses 256-entry tables, since carriers' media streams
 * deliver μ-law for every call and every frame.
 */
public final class G711 {

    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 32635;
    private static final short[] ULAW_DECODE = new short[256];
    private static final short[] ALAW_DECODE = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            ULAW_DECODE[i] = decodeUlawSlow((byte) i);
            ALAW_DECODE[i] = decodeAlawSlow((byte) i);
        }
    }

    private G711() {
    }

    public static byte[] encodeUlaw(short[] pcm) {
        byte[] out = new byte[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = ulaw(pcm[i]);
        }
        return out;
    }

    public static short[] decodeUlaw(byte[] encoded) {
        short[] out = new short[encoded.length];
        for (int i = 0; i < encoded.length; i++) {
            out[i] = ULAW_DECODE[encoded[i] & 0xff];
        }
        return out;
    }

    public static byte[] encodeAlaw(short[] pcm) {
        byte[] out = new byte[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = alaw(pcm[i]);
        }
        return out;
    }

    public static short[] decodeAlaw(byte[] encoded) {
        short[] out = new short[encoded.length];
        for (int i = 0; i < encoded.length; i++) {
            out[i] = ALAW_DECODE[encoded[i] & 0xff];
        }
        return out;
    }

    /** One sample to μ-law. */
    public static byte ulaw(short sample) {
        int s = sample;
        int sign = (s >> 8) & 0x80;
        if (sign != 0) {
            s = -s;
        }
        if (s > ULAW_CLIP) {
            s = ULAW_CLIP;
        }
        s += ULAW_BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (s >> (exponent + 3)) & 0x0f;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    /** One sample to A-law. */
    public static byte alaw(short sample) {
        int s = sample;
        int sign = s >= 0 ? 0x80 : 0x00;
        if (s < 0) {
            s = -s - 1;
        }
        if (s > 32767) {
            s = 32767;
        }
        int encoded;
        if (s < 256) {
            encoded = s >> 4;
        } else {
            int exponent = 7;
            for (int mask = 0x4000; (s & mask) == 0 && exponent > 1; mask >>= 1) {
                exponent--;
            }
            int mantissa = (s >> (exponent + 3)) & 0x0f;
            encoded = (exponent << 4) | mantissa;
        }
        return (byte) ((sign | encoded) ^ 0x55);
    }

    private static short decodeUlawSlow(byte b) {
        int u = ~b & 0xff;
        int sign = u & 0x80;
        int exponent = (u >> 4) & 0x07;
        int mantissa = u & 0x0f;
        int magnitude = (((mantissa << 3) + ULAW_BIAS) << exponent) - ULAW_BIAS;
        return (short) (sign != 0 ? -magnitude : magnitude);
    }

    private static short decodeAlawSlow(byte b) {
        int a = (b & 0xff) ^ 0x55;
        int sign = a & 0x80;
        int exponent = (a >> 4) & 0x07;
        int mantissa = a & 0x0f;
        int magnitude = exponent == 0
                ? (mantissa << 4) + 8
                : ((mantissa << 4) + 0x108) << (exponent - 1);
        return (short) (sign != 0 ? magnitude : -magnitude);
    }
}
