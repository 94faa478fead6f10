package io.parley.app.media.websocket;

import io.parley.app.media.CallerLeg;
import io.parley.app.media.OutputResampler;
import io.parley.voice.audio.Pcm16;
import io.parley.voice.audio.PcmFrame;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A caller on the session socket itself. Incoming binary messages must be exactly one 20 ms frame of 16 kHz mono
 * PCM16LE; anything else is refused with a reason and never reaches the call. Agent audio is resampled to the
 * rate the client chose at start.
 */
public final class WebSocketLeg implements CallerLeg {

    public static final int FRAME_SAMPLES = PcmFrame.samplesPer(PcmFrame.FRAME_MS, PcmFrame.ENGINE_RATE);
    public static final int FRAME_BYTES = FRAME_SAMPLES * 2;
    /** Rates a client may ask agent audio in. */
    public static final List<Integer> OUTPUT_RATES = List.of(8000, 16000, 22050, 24000, 44100, 48000);

    private final OutputResampler output;
    private final AudioSink out;
    private volatile Consumer<PcmFrame> callerAudio = frame -> { };
    private volatile Consumer<String> closed = reason -> { };
    private volatile boolean open = true;

    public WebSocketLeg(int outputRate, AudioSink out) {
        if (!OUTPUT_RATES.contains(outputRate)) {
            throw new IllegalArgumentException("outputSampleRate must be one of " + OUTPUT_RATES);
        }
        this.output = new OutputResampler(outputRate);
        this.out = out;
    }

    /** Takes one binary message from the client; returns why it was refused, if it was. */
    public Optional<String> acceptBinary(byte[] payload) {
        if (payload.length != FRAME_BYTES) {
            return Optional.of("audio frames must be %d bytes (20 ms of 16 kHz mono PCM16LE), got %d"
                    .formatted(FRAME_BYTES, payload.length));
        }
        if (open) {
            callerAudio.accept(new PcmFrame(Pcm16.fromBytesLE(payload), PcmFrame.ENGINE_RATE));
        }
        return Optional.empty();
    }

    public int outputRate() {
        return output.targetRate();
    }

    @Override
    public String transport() {
        return "websocket";
    }

    @Override
    public void onCallerAudio(Consumer<PcmFrame> sink) {
        this.callerAudio = sink;
    }

    @Override
    public void sendAgentAudio(PcmFrame frame) {
        if (!open) {
            return;
        }
        short[] samples = output.convert(frame);
        if (samples.length > 0) {
            out.sendBinary(Pcm16.toBytesLE(samples));
        }
    }

    /**
     * Nothing is held server-side beyond the message in flight (the session paces in real time); the client drops
     * its own playback buffer on the {@code interruption} event.
     */
    @Override
    public void flushAgentAudio() {
    }

    @Override
    public void onClosed(Consumer<String> reason) {
        this.closed = reason;
    }

    /** The socket went away. */
    public void transportLost(String reason) {
        if (open) {
            open = false;
            closed.accept(reason);
        }
    }

    @Override
    public void close() {
        open = false;
    }
}
