package io.parley.app.media;

import io.parley.voice.audio.PcmFrame;
import java.util.function.Consumer;

/**
 * One caller's audio on one transport. The transport decodes and resamples, so the session only ever sees
 * 20 ms frames of 16 kHz mono PCM16, and may send agent audio at whatever rate its TTS produces.
 */
public interface CallerLeg extends AutoCloseable {

    /** Transport name for logs and metrics, e.g. {@code webrtc}, {@code websocket}, {@code telephony}. */
    String transport();

    /** Where caller audio goes: 20 ms, 16 kHz mono frames, delivered on the transport's thread; must not block. */
    void onCallerAudio(Consumer<PcmFrame> sink);

    /** Sends agent audio (any rate, 10-20 ms chunks, already paced by the session). Never blocks. */
    void sendAgentAudio(PcmFrame frame);

    /** Drops agent audio queued in the transport at once (the caller barged in). */
    void flushAgentAudio();

    /** Called once when the transport goes away, with the reason (network, remote hang-up, error). */
    void onClosed(Consumer<String> reason);

    /** Releases the transport. Idempotent. */
    @Override
    void close();
}
