package io.parley.voice.audio;

/**
 * Mono Opus for one direction of one call. WebRTC and the Kurento RTP leg carry Opus at 48 kHz; the codec also runs
 * at 8, 12, 16 or 24 kHz, with frames of 2.5 to 60 ms (media planes use 20 ms). Two implementations speak the same
 * bitstream: libopus through FFM where the system has it (Debian's libopus0), and Concentus in pure Java everywhere.
 * Not thread-safe: one encoder and one decoder per stream, as codec state carries across packets. Close them: the
 * native ones hold memory outside the heap.
 *
 * <pre>{@code
 * try (OpusCodec.Encoder enc = OpusCodec.encoder(48_000, 32_000)) { byte[] packet = enc.encode(frame960); }
 * try (OpusCodec.Decoder dec = OpusCodec.decoder(48_000)) { short[] pcm = dec.decode(packet); }
 * }</pre>
 */
public final class OpusCodec {

    /** Enough for any single-frame packet (RFC 6716 caps a frame at 1275 bytes). */
    static final int MAX_PACKET = 1275;

    public enum Implementation {
        /** libopus through FFM (fast, the reference codec); only where the shared library loads. */
        LIBOPUS,
        /** Concentus, a pure-Java port of libopus; always available. */
        CONCENTUS
    }

    private OpusCodec() {
    }

    /** The implementation the factories pick: libopus when it loads, Concentus otherwise. */
    public static Implementation preferred() {
        return LibOpus.available() ? Implementation.LIBOPUS : Implementation.CONCENTUS;
    }

    /** A voice-tuned encoder from the preferred implementation, e.g. {@code OpusCodec.encoder(48_000, 32_000)}. */
    public static Encoder encoder(int sampleRate, int bitrate) {
        return encoder(preferred(), sampleRate, bitrate);
    }

    public static Encoder encoder(Implementation implementation, int sampleRate, int bitrate) {
        return switch (implementation) {
            case LIBOPUS -> new LibOpus.NativeEncoder(sampleRate, bitrate);
            case CONCENTUS -> new ConcentusOpus.JavaEncoder(sampleRate, bitrate);
        };
    }

    /** A decoder from the preferred implementation, e.g. {@code OpusCodec.decoder(48_000)}. */
    public static Decoder decoder(int sampleRate) {
        return decoder(preferred(), sampleRate);
    }

    public static Decoder decoder(Implementation implementation, int sampleRate) {
        return switch (implementation) {
            case LIBOPUS -> new LibOpus.NativeDecoder(sampleRate);
            case CONCENTUS -> new ConcentusOpus.JavaDecoder(sampleRate);
        };
    }

    /** Encodes one frame per call. */
    public interface Encoder extends AutoCloseable {
        /** One frame (e.g. 960 samples for 20 ms at 48 kHz) to one packet. */
        byte[] encode(short[] frame);

        Implementation implementation();

        @Override
        void close();
    }

    /** Decodes one packet per call; a lost packet is concealed. */
    public interface Decoder extends AutoCloseable {
        short[] decode(byte[] packet);

        /** Packet loss concealment: {@code samples} of plausible audio for a packet that never came. */
        short[] conceal(int samples);

        Implementation implementation();

        @Override
        void close();
    }

    /** Thrown when the codec rejects a frame or packet, or cannot be created. */
    public static final class OpusCodecException extends RuntimeException {
        OpusCodecException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
