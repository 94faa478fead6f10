package io.parley.voice.stt.deepgram;

import io.parley.voice.remote.RemoteTransport;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import java.util.Objects;

/**
 * Streaming speech recognition with Deepgram's live API ({@code /v1/listen} over WebSocket). Each utterance gets its
 * own socket: 16 kHz PCM16 goes out as binary messages while the caller speaks, interim results come back as
 * partial transcripts, and {@link SttStream#finish()} sends {@code Finalize} and {@code CloseStream} for the final
 * one. Connecting happens in the background: audio queues (bounded) until the handshake is done, so opening a
 * stream never blocks the session. Refused handshakes, broken sockets, error messages and abnormal closes become
 * {@link SttListener#error}, which the session answers by switching to its fallback recogniser.
 *
 * <pre>{@code
 * SpeechToText stt = new DeepgramStt(DeepgramConfig.hosted(System.getenv("DEEPGRAM_API_KEY")));
 * SttStream stream = stt.open(new SttRequest("en-US", List.of()), listener);
 * stream.accept(pcm16k); ... stream.finish();
 * }</pre>
 *
 * Request hints are not sent: Deepgram's keyword biasing differs between model generations.
 */
public final class DeepgramStt implements SpeechToText {

    private final DeepgramConfig config;
    private final RemoteTransport transport;
    private final boolean ownsTransport;

    /** A recogniser with a transport of its own, closed with it. */
    public DeepgramStt(DeepgramConfig config) {
        this(config, RemoteTransport.create(), true);
    }

    /** A recogniser on a node's shared transport, which stays open when this closes. */
    public DeepgramStt(DeepgramConfig config, RemoteTransport transport) {
        this(config, transport, false);
    }

    private DeepgramStt(DeepgramConfig config, RemoteTransport transport, boolean ownsTransport) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.ownsTransport = ownsTransport;
    }

    @Override
    public String name() {
        return "deepgram";
    }

    public DeepgramConfig config() {
        return config;
    }

    @Override
    public SttStream open(SttRequest request, SttListener listener) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        DeepgramStream stream = new DeepgramStream(config, transport, listener);
        java.net.URI uri = config.streamUri(request.language());
        // connected from a virtual thread: resolving the host may block, and this runs on the session's thread
        transport.execute(() -> stream.connect(config, uri));
        return stream;
    }

    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }
}
