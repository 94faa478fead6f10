package io.parley.app.media.telephony;

import io.parley.app.media.CallerLeg;
import io.parley.app.media.OutputResampler;
import io.parley.voice.audio.FrameSplitter;
import io.parley.voice.audio.G711;
import io.parley.voice.audio.PcmFrame;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A phone caller on a carrier media stream. Inbound: base64 mu-law at 8 kHz in chunks of any length, upsampled to
 * exact 20 ms frames at 16 kHz. Outbound: agent audio downsampled to 8 kHz, mu-law encoded, sent as {@code media}
 * messages; a barge-in sends {@code clear} so the carrier drops what it has buffered.
 */
public final class TelephonyLeg implements CallerLeg {

    public static final int CARRIER_RATE = 8000;

    /** Writes one carrier message (JSON) to the stream. */
    @FunctionalInterface
    public interface CarrierOut {
        void send(Map<String, Object> message);
    }

    private final String streamSid;
    private final CarrierOut out;
    private final FrameSplitter inbound = new FrameSplitter(CARRIER_RATE);
    private final OutputResampler outbound = new OutputResampler(CARRIER_RATE);
    private volatile Consumer<PcmFrame> callerAudio = frame -> { };
    private volatile Consumer<String> closed = reason -> { };
    private volatile boolean open = true;

    public TelephonyLeg(String streamSid, CarrierOut out) {
        this.streamSid = streamSid;
        this.out = out;
    }

    /** One {@code media} payload from the carrier; false when it is not valid base64. */
    public boolean acceptMedia(String base64Ulaw) {
        byte[] ulaw;
        try {
            ulaw = Base64.getDecoder().decode(base64Ulaw);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (open) {
            for (PcmFrame frame : inbound.push(G711.decodeUlaw(ulaw))) {
                callerAudio.accept(frame);
            }
        }
        return true;
    }

    /** Asks the carrier to report (with a {@code mark} event) when playback reaches this point. */
    public void mark(String name) {
        out.send(Map.of("event", "mark", "streamSid", streamSid, "mark", Map.of("name", name)));
    }

    @Override
    public String transport() {
        return "telephony";
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
        short[] narrowband = outbound.convert(frame);
        if (narrowband.length > 0) {
            out.send(Map.of("event", "media", "streamSid", streamSid,
                    "media", Map.of("payload", Base64.getEncoder().encodeToString(G711.encodeUlaw(narrowband)))));
        }
    }

    @Override
    public void flushAgentAudio() {
        if (open) {
            out.send(Map.of("event", "clear", "streamSid", streamSid));
        }
    }

    @Override
    public void onClosed(Consumer<String> reason) {
        this.closed = reason;
    }

    /** The carrier stopped the stream or the socket dropped. */
    public void stopped(String reason) {
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
