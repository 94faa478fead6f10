package io.parley.bench.load.caller;

import tools.jackson.databind.JsonNode;

/**
 * How a caller's audio travels once its session socket is open: as binary frames on that socket (the WebSocket
 * plane), or over a WebRTC peer connection negotiated through it. Events always come over the socket.
 */
public interface MediaLink {

    /** Opens a caller's media over its session socket. */
    @FunctionalInterface
    interface Opener {
        /**
         * @param socket      the caller's session socket
         * @param agentAudio  called as agent audio reaches the caller's ear: the instant and its length in bytes of
         *                    16 kHz PCM16 (the rate the caller asks the node for)
         */
        MediaLink open(SessionSocket socket, AgentAudio agentAudio);
    }

    /** The caller's session socket: messages go out in order, audio frames may be dropped when it is full. */
    interface SessionSocket {
        void sendText(String text);

        boolean sendBinary(byte[] frame);
    }

    /** Agent audio the caller heard, for the links that do not deliver it as socket frames. */
    interface AgentAudio {
        void heard(long atNanos, int bytes);
    }

    /** The {@code start} message (a WebRTC link makes its offer first). */
    String startMessage(int outputSampleRate) throws Exception;

    /** Takes the signaling events meant for the media ({@code sdp_answer}, {@code ice_candidate}). */
    void onSignal(String type, JsonNode event);

    /** True once the caller's voice can flow; false while still connecting. */
    boolean ready();

    /** Why the media can never flow, or null. */
    String failure();

    /** Sends one 20 ms frame of the caller's voice; false when it could not be sent. */
    boolean sendFrame(byte[] frame);

    /** Hangs the media up; returns its transport statistics, or null for a link without any. */
    RtpCounters close();
}
