package io.parley.app.media.kurento;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;

/** Binds UDP sockets for calls' RTP from the configured port range; the next search starts after the last port. */
final class RtpPorts {

    private final InetAddress address;
    private final int min;
    private final int max;
    private int next;

    RtpPorts(InetAddress address, int min, int max) {
        this.address = address;
        this.min = min;
        this.max = max;
        this.next = min;
    }

    /** @throws IllegalStateException when every port in the range is taken */
    synchronized DatagramSocket bind() {
        int span = max - min + 1;
        for (int tried = 0; tried < span; tried++) {
            int port = next;
            next = port >= max ? min : port + 1;
            try {
                return new DatagramSocket(new InetSocketAddress(address, port));
            } catch (SocketException taken) {
                // in use by another call or process: try the next one
            }
        }
        throw new IllegalStateException("no free RTP port in " + min + "-" + max);
    }
}
