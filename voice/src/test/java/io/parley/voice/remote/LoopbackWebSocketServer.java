package io.parley.voice.remote;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal RFC 6455 server on 127.0.0.1 for tests of WebSocket clients: it answers the upgrade (or refuses it with
 * an HTTP status), reads masked client frames on a virtual thread per connection and writes unmasked ones, so a
 * test controls exactly what a cloud service would send, close codes included.
 */
public final class LoopbackWebSocketServer implements AutoCloseable {

    /** Decides on an upgrade request: a handler, or a refusal. */
    public interface Acceptor {
        Handler accept(Map<String, String> headers, String path, Map<String, String> query) throws Refused;
    }

    /** A connection's incoming messages, in order, on its reader thread. */
    public interface Handler {
        void onOpen(Peer peer);

        void onText(String text);

        void onBinary(byte[] data);

        void onClosed(int code);
    }

    /** The answer to an upgrade the server refuses. */
    public static final class Refused extends Exception {
        final int status;

        public Refused(int status) {
            super("HTTP " + status, null, false, false);
            this.status = status;
        }
    }

    private final ServerSocket server;
    private final Acceptor acceptor;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    public LoopbackWebSocketServer(Acceptor acceptor) throws IOException {
        this.acceptor = acceptor;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    return;
                }
                head.append((char) c);
            }
            String[] lines = head.toString().split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            URI target = URI.create(lines[0].split(" ")[1]);
            Map<String, String> query = new HashMap<>();
            if (target.getRawQuery() != null) {
                for (String pair : target.getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
            Handler handler;
            try {
                handler = acceptor.accept(headers, target.getPath(), query);
            } catch (Refused refused) {
                out.write(("HTTP/1.1 " + refused.status + " Refused\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(
                    (headers.get("sec-websocket-key") + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
                            .getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Peer peer = new Peer(socket, out);
            handler.onOpen(peer);
            read(in, peer, handler);
        } catch (Exception e) {
            // the client went away
        } finally {
            sockets.remove(socket);
        }
    }

    private static void read(InputStream in, Peer peer, Handler handler) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        int messageOpcode = 0;
        while (true) {
            int b0 = in.read();
            if (b0 < 0) {
                handler.onClosed(1006);
                return;
            }
            int b1 = in.read();
            long length = b1 & 0x7f;
            if (length == 126) {
                length = (in.read() << 8) | in.read();
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | in.read();
                }
            }
            byte[] mask = in.readNBytes(4);
            byte[] payload = in.readNBytes((int) length);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
            int opcode = b0 & 0x0f;
            if (opcode == 0x8) {
                int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                peer.close(1000, "");
                handler.onClosed(code);
                return;
            } else if (opcode == 0x9) {
                peer.frame(0xA, payload);
            } else if (opcode != 0xA) {
                if (opcode != 0) {
                    messageOpcode = opcode;
                    message.reset();
                }
                message.write(payload);
                if ((b0 & 0x80) != 0) {
                    if (messageOpcode == 0x1) {
                        handler.onText(message.toString(StandardCharsets.UTF_8));
                    } else {
                        handler.onBinary(message.toByteArray());
                    }
                    message.reset();
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    /** The server's side of one connection. */
    public static final class Peer {
        private final Socket socket;
        private final OutputStream out;
        private boolean closed;

        Peer(Socket socket, OutputStream out) {
            this.socket = socket;
            this.out = out;
        }

        public void text(String message) {
            frame(0x1, message.getBytes(StandardCharsets.UTF_8));
        }

        public synchronized void close(int code, String reason) {
            byte[] text = reason.getBytes(StandardCharsets.UTF_8);
            byte[] payload = new byte[2 + text.length];
            payload[0] = (byte) (code >> 8);
            payload[1] = (byte) code;
            System.arraycopy(text, 0, payload, 2, text.length);
            frame(0x8, payload);
            closed = true;
        }

        /** Drops the connection with no close frame. */
        public void abort() throws IOException {
            socket.close();
        }

        synchronized void frame(int opcode, byte[] payload) {
            if (closed) {
                return;
            }
            try {
                int n = payload.length;
                if (n < 126) {
                    out.write(new byte[] {(byte) (0x80 | opcode), (byte) n});
                } else {
                    out.write(new byte[] {(byte) (0x80 | opcode), 126, (byte) (n >> 8), (byte) n});
                }
                out.write(payload);
                out.flush();
            } catch (IOException e) {
                closed = true;
            }
        }
    }
}
