package io.parley.bench.standin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** The sending side of one connection; safe to use from any thread. */
final class WebSocketConnection {
    private final Socket socket;
    private final OutputStream out;
    private boolean closed;

    WebSocketConnection(Socket socket, OutputStream out) {
        this.socket = socket;
        this.out = out;
    }

    /** Sends a text message; false when the connection is gone. */
    boolean text(String message) {
        return frame(0x1, message.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a close frame with {@code code} and {@code reason}; nothing is sent after it. */
    synchronized void close(int code, String reason) {
        if (closed) {
            return;
        }
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + Math.min(text.length, 120)];
        payload[0] = (byte) (code >> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, payload.length - 2);
        frame(0x8, payload);
        closed = true;
    }

    /** Drops the TCP connection without a close frame. */
    void abort() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // gone anyway
        }
    }

    synchronized boolean frame(int opcode, byte[] payload) {
        if (closed) {
            return false;
        }
        try {
            int length = payload.length;
            byte[] header;
            if (length < 126) {
                header = new byte[] {(byte) (0x80 | opcode), (byte) length};
            } else if (length < 65_536) {
                header = new byte[] {(byte) (0x80 | opcode), 126, (byte) (length >> 8), (byte) length};
            } else {
                header = new byte[10];
                header[0] = (byte) (0x80 | opcode);
                header[1] = 127;
                for (int i = 0; i < 8; i++) {
                    header[9 - i] = (byte) ((long) length >> (8 * i));
                }
            }
            out.write(header);
            out.write(payload);
            out.flush();
            return true;
        } catch (IOException e) {
            closed = true;
            return false;
        }
    }
}
