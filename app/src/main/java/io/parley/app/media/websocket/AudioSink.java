package io.parley.app.media.websocket;

/** Where the transport writes binary audio messages (the session socket's outbound queue). */
@FunctionalInterface
public interface AudioSink {

    void sendBinary(byte[] payload);
}
