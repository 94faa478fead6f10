package io.parley.voice.audio;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * libopus (the reference codec, Debian's libopus0) through the Foreign Function and Memory API. Loaded once, lazily;
 * when the library is missing, {@link #available()} is false and Parley uses Concentus.
 */
final class LibOpus {

    private static final int OPUS_OK = 0;
    private static final int APPLICATION_VOIP = 2048;
    private static final int SET_BITRATE = 4002;
    private static final int SET_COMPLEXITY = 4010;
    private static final int SET_SIGNAL = 4024;
    private static final int SIGNAL_VOICE = 3001;

    private static final Optional<Bindings> BINDINGS = Bindings.load();

    private LibOpus() {
    }

    static boolean available() {
        return BINDINGS.isPresent();
    }

    private static Bindings bindings() {
        return BINDINGS.orElseThrow(() -> new OpusCodec.OpusCodecException("libopus is not installed", null));
    }

    private record Bindings(MethodHandle encoderCreate, MethodHandle encode, MethodHandle encoderCtl,
                            MethodHandle encoderDestroy, MethodHandle decoderCreate, MethodHandle decode,
                            MethodHandle decoderDestroy) {

        static Optional<Bindings> load() {
            try {
                Linker linker = Linker.nativeLinker();
                SymbolLookup lib = SymbolLookup.libraryLookup("libopus.so.0", Arena.global());
                return Optional.of(new Bindings(
                        handle(linker, lib, "opus_encoder_create",
                                FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS)),
                        handle(linker, lib, "opus_encode",
                                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT)),
                        linker.downcallHandle(lib.find("opus_encoder_ctl").orElseThrow(),
                                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
                                Linker.Option.firstVariadicArg(2)),
                        handle(linker, lib, "opus_encoder_destroy", FunctionDescriptor.ofVoid(ADDRESS)),
                        handle(linker, lib, "opus_decoder_create",
                                FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT, ADDRESS)),
                        handle(linker, lib, "opus_decode",
                                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT)),
                        handle(linker, lib, "opus_decoder_destroy", FunctionDescriptor.ofVoid(ADDRESS))));
            } catch (IllegalArgumentException | IllegalCallerException | java.util.NoSuchElementException e) {
                return Optional.empty(); // no libopus on this machine, or native access is not enabled
            }
        }

        private static MethodHandle handle(Linker linker, SymbolLookup lib, String name, FunctionDescriptor fd) {
            return linker.downcallHandle(lib.find(name).orElseThrow(), fd);
        }
    }

    private static void checkCtl(int result, String setting) {
        if (result != OPUS_OK) {
            throw new OpusCodec.OpusCodecException("libopus rejects " + setting + " (error " + result + ")", null);
        }
    }

    private static RuntimeException failure(String what, Throwable t) {
        return t instanceof OpusCodec.OpusCodecException e ? e : new OpusCodec.OpusCodecException(what, t);
    }

    static final class NativeEncoder implements OpusCodec.Encoder {
        private final Arena arena = Arena.ofShared();
        private final MemorySegment state;
        private final MemorySegment pcm;
        private final MemorySegment packet;
        private final int sampleRate;

        NativeEncoder(int sampleRate, int bitrate) {
            this.sampleRate = sampleRate;
            Bindings b = bindings();
            try {
                MemorySegment error = arena.allocate(JAVA_INT);
                state = (MemorySegment) b.encoderCreate().invokeExact(sampleRate, 1, APPLICATION_VOIP, error);
                if (error.get(JAVA_INT, 0) != OPUS_OK || state.equals(MemorySegment.NULL)) {
                    throw new OpusCodec.OpusCodecException("libopus cannot create an encoder at " + sampleRate
                            + " Hz (error " + error.get(JAVA_INT, 0) + ")", null);
                }
                checkCtl((int) b.encoderCtl().invokeExact(state, SET_BITRATE, bitrate), "bitrate " + bitrate);
                checkCtl((int) b.encoderCtl().invokeExact(state, SET_SIGNAL, SIGNAL_VOICE), "voice signal");
                checkCtl((int) b.encoderCtl().invokeExact(state, SET_COMPLEXITY, 5), "complexity 5");
            } catch (Throwable t) {
                arena.close();
                throw failure("libopus cannot create an encoder", t);
            }
            pcm = arena.allocate(JAVA_SHORT, sampleRate * 120L / 1000);
            packet = arena.allocate(OpusCodec.MAX_PACKET);
        }

        @Override
        public byte[] encode(short[] frame) {
            MemorySegment.copy(frame, 0, pcm, JAVA_SHORT, 0, frame.length);
            int length;
            try {
                length = (int) bindings().encode().invokeExact(state, pcm, frame.length, packet, OpusCodec.MAX_PACKET);
            } catch (Throwable t) {
                throw failure("libopus encode failed", t);
            }
            if (length < 0) {
                throw new OpusCodec.OpusCodecException("libopus cannot encode " + frame.length + " samples at "
                        + sampleRate + " Hz (error " + length + ")", null);
            }
            return packet.asSlice(0, length).toArray(JAVA_BYTE);
        }

        @Override
        public OpusCodec.Implementation implementation() {
            return OpusCodec.Implementation.LIBOPUS;
        }

        @Override
        public void close() {
            if (arena.scope().isAlive()) {
                try {
                    bindings().encoderDestroy().invokeExact(state);
                } catch (Throwable t) {
                    throw failure("libopus cannot free an encoder", t);
                } finally {
                    arena.close();
                }
            }
        }
    }

    static final class NativeDecoder implements OpusCodec.Decoder {
        private final Arena arena = Arena.ofShared();
        private final MemorySegment state;
        private final MemorySegment pcm;
        private final MemorySegment packet;
        private final int maxSamples;

        NativeDecoder(int sampleRate) {
            Bindings b = bindings();
            try {
                MemorySegment error = arena.allocate(JAVA_INT);
                state = (MemorySegment) b.decoderCreate().invokeExact(sampleRate, 1, error);
                if (error.get(JAVA_INT, 0) != OPUS_OK || state.equals(MemorySegment.NULL)) {
                    throw new OpusCodec.OpusCodecException("libopus cannot create a decoder at " + sampleRate
                            + " Hz (error " + error.get(JAVA_INT, 0) + ")", null);
                }
            } catch (Throwable t) {
                arena.close();
                throw failure("libopus cannot create a decoder", t);
            }
            maxSamples = sampleRate * 120 / 1000;
            pcm = arena.allocate(JAVA_SHORT, maxSamples);
            packet = arena.allocate(OpusCodec.MAX_PACKET * 3L); // a packet may hold several frames
        }

        @Override
        public short[] decode(byte[] data) {
            if (data.length > packet.byteSize()) {
                throw new OpusCodec.OpusCodecException("Opus packet of " + data.length + " bytes is too large", null);
            }
            MemorySegment.copy(data, 0, packet, JAVA_BYTE, 0, data.length);
            return run(packet, data.length, maxSamples);
        }

        @Override
        public short[] conceal(int samples) {
            return run(MemorySegment.NULL, 0, Math.min(samples, maxSamples));
        }

        private short[] run(MemorySegment data, int length, int frameSize) {
            int samples;
            try {
                samples = (int) bindings().decode().invokeExact(state, data, length, pcm, frameSize, 0);
            } catch (Throwable t) {
                throw failure("libopus decode failed", t);
            }
            if (samples < 0) {
                throw new OpusCodec.OpusCodecException("libopus cannot decode a packet of " + length + " bytes (error "
                        + samples + ")", null);
            }
            return pcm.asSlice(0, samples * 2L).toArray(JAVA_SHORT);
        }

        @Override
        public OpusCodec.Implementation implementation() {
            return OpusCodec.Implementation.LIBOPUS;
        }

        @Override
        public void close() {
            if (arena.scope().isAlive()) {
                try {
                    bindings().decoderDestroy().invokeExact(state);
                } catch (Throwable t) {
                    throw failure("libopus cannot free a decoder", t);
                } finally {
                    arena.close();
                }
            }
        }
    }
}
