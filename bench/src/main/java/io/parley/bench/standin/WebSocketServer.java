package io.parley.bench.standin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small RFC 6455 WebSocket server on loopback: one virtual thread per connection reads frames (masked client
 * frames, fragmentation, ping/pong, close) and hands whole messages to a {@link Handler}. It exists so the stand-ins
 * control the wire exactly as a cloud service does: handshake refusals with an HTTP status, close codes with
 * reasons, idle timeouts.
 */
final class WebSocketServer implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_MESSAGE = 1 << 20;

    /** What the server makes of an upgrade request. */
    interface Acceptor {
        /** A handler for the connection, or throws {@link Refusal} to answer with an HTTP status. */
        Handler accept(Request request) throws Refusal;
    }

    /** One connection's events, called on its reader thread in order. */
    interface Handler {
        void onOpen(WebSocketConnection connection);

        void onText(String text);

        void onBinary(byte[] data);

        /** The peer closed, the connection broke, or it was idle for too long (code 1006 for the last two). */
        void onClosed(int code, String reason);

        /** Called when nothing arrived for the idle timeout; return true to keep waiting. */
        default boolean onIdle() {
            return false;
        }
    }

    record Request(String path, Map<String, String> query, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** An HTTP answer instead of the upgrade. */
    static final class Refusal extends Exception {
        final int status;
        final String body;

        Refusal(int status, String body) {
            super(status + " " + body, null, false, false);
            this.status = status;
            this.body = body;
        }
    }

    private final ServerSocket server;
    private final Acceptor acceptor;
    private final Duration idleTimeout;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    WebSocketServer(int port, Duration idleTimeout, Acceptor acceptor) throws IOException {
        this.server = new ServerSocket(port, 512, InetAddress.getLoopbackAddress());
        this.acceptor = acceptor;
        this.idleTimeout = idleTimeout;
        Thread.ofPlatform().daemon().name("standin-ws-accept-" + server.getLocalPort()).start(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                open.add(socket);
                Thread.ofVirtual().name("standin-ws-" + socket.getPort()).start(() -> serve(socket));
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            Request request = readRequest(in);
            if (request == null) {
                return;
            }
            Handler handler;
            try {
                handler = acceptor.accept(request);
            } catch (Refusal refusal) {
                byte[] body = refusal.body.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 " + refusal.status + " " + reason(refusal.status) + "\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                return;
            }
            String accept = Base64.getEncoder().encodeToString(sha1(request.header("sec-websocket-key") + GUID));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            WebSocketConnection connection = new WebSocketConnection(socket, out);
            handler.onOpen(connection);
            socket.setSoTimeout((int) idleTimeout.toMillis());
            try {
                readFrames(in, connection, handler);
            } catch (IOException e) {
                handler.onClosed(1006, "connection broken");
            }
        } catch (IOException e) {
            // the peer went away; the handler already heard about it in readFrames
        } finally {
            open.remove(socket);
        }
    }

    private void readFrames(InputStream in, WebSocketConnection connection, Handler handler) throws IOException {
        java.io.ByteArrayOutputStream message = new java.io.ByteArrayOutputStream();
        int messageOpcode = 0;
        while (true) {
            int b0;
            try {
                b0 = in.read();
            } catch (SocketTimeoutException idle) {
                if (handler.onIdle()) {
                    continue;
                }
                handler.onClosed(1006, "idle");
                return;
            } catch (SocketException broken) {
                handler.onClosed(1006, "connection broken");
                return;
            }
            if (b0 < 0) {
                handler.onClosed(1006, "connection closed without a close frame");
                return;
            }
            boolean fin = (b0 & 0x80) != 0;
            int opcode = b0 & 0x0f;
            int b1 = readByte(in);
            boolean masked = (b1 & 0x80) != 0;
            long length = b1 & 0x7f;
            if (length == 126) {
                length = (readByte(in) << 8) | readByte(in);
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | readByte(in);
                }
            }
            if (length > MAX_MESSAGE || !masked) {
                connection.close(1002, masked ? "message too big" : "client frames must be masked");
                handler.onClosed(1002, "protocol error");
                return;
            }
            byte[] mask = in.readNBytes(4);
            byte[] payload = in.readNBytes((int) length);
            if (payload.length < length) {
                handler.onClosed(1006, "connection closed mid-frame");
                return;
            }
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
            switch (opcode) {
                case 0x8 -> {
                    int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                    String reason = payload.length > 2
                            ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                    connection.close(code == 1005 ? 1000 : code, "");
                    handler.onClosed(code, reason);
                    return;
                }
                case 0x9 -> connection.frame(0xA, payload);
                case 0xA -> { }
                default -> {
                    if (opcode != 0) {
                        messageOpcode = opcode;
                        message.reset();
                    }
                    message.write(payload);
                    if (message.size() > MAX_MESSAGE) {
                        connection.close(1009, "message too big");
                        handler.onClosed(1009, "message too big");
                        return;
                    }
                    if (fin) {
                        byte[] whole = message.toByteArray();
                        message.reset();
                        if (messageOpcode == 0x1) {
                            handler.onText(new String(whole, StandardCharsets.UTF_8));
                        } else {
                            handler.onBinary(whole);
                        }
                    }
                }
            }
        }
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new java.io.EOFException();
        }
        return b;
    }

    private static Request readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int state = 0;
        while (state < 4) {
            int c = in.read();
            if (c < 0 || head.length() > 16_384) {
                return null;
            }
            head.append((char) c);
            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3))
                    ? state + 1 : 0;
        }
        String[] lines = head.toString().split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length < 2) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        URI target = URI.create(requestLine[1]);
        Map<String, String> query = new HashMap<>();
        if (target.getRawQuery() != null) {
            for (String pair : target.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                query.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return new Request(target.getPath(), query, headers);
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
