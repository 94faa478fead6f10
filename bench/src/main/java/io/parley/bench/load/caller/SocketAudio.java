package io.parley.bench.load.caller;

import tools.jackson.databind.JsonNode;

/**
 * The WebSocket plane's media: the caller's 640-byte frames go out as binary messages on the session socket, and
 * the agent's audio comes back the same way (read by the caller's socket listener).
 */
public final class SocketAudio implements MediaLink {

    public static final Opener OPENER = (socket, agentAudio) -> new SocketAudio(socket);

    private final SessionSocket socket;

    SocketAudio(SessionSocket socket) {
        this.socket = socket;
    }

    @Override
    public String startMessage(int outputSampleRate) {
        return "{\"type\":\"start\",\"transport\":\"websocket\",\"outputSampleRate\":" + outputSampleRate + "}";
    }

    @Override
    public void onSignal(String type, JsonNode event) {
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public String failure() {
        return null;
    }

    @Override
    public boolean sendFrame(byte[] frame) {
        return socket.sendBinary(frame);
    }

    @Override
    public RtpCounters close() {
        return null;
    }
}
