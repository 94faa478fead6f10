package io.parley.app.media.kurento;

import io.parley.app.media.webrtc.IceServer;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * STUN/TURN settings in the form a KMS WebRtcEndpoint takes them. KMS 7.3 parses {@code setTurnUrl} with
 * {@code ^(?<user>.+):(?<password>.+)@(?<address>[0-9.]+):(?<port>[0-9]+)(\?transport=...)?$}: the TURN REST
 * username keeps its raw colon (URL-encoding it makes coturn refuse the allocation, silently), and the address must
 * be a numeric IPv4 (a hostname is accepted, then fails with an asynchronous ErrorEvent), so names are resolved here.
 */
final class TurnUrls {

    private TurnUrls() {
    }

    /** {@code user:password@1.2.3.4:3478?transport=udp} for the first {@code turn:} url, if any. */
    static Optional<String> turnUrl(IceServer server) {
        if (server.username() == null || server.credential() == null) {
            return Optional.empty();
        }
        return server.urls().stream().filter(url -> url.startsWith("turn:")).findFirst().map(url -> {
            HostPort target = HostPort.of(url);
            if (server.credential().contains(":")) {
                throw new IllegalArgumentException("a TURN password for Kurento must not contain ':'");
            }
            String transport = url.contains("transport=tcp") ? "tcp" : "udp";
            return server.username() + ":" + server.credential() + "@" + target.ipv4() + ":" + target.port()
                    + "?transport=" + transport;
        });
    }

    /** The first {@code stun:} url as a numeric address and port. */
    static Optional<HostPort> stun(IceServer server) {
        return server.urls().stream().filter(url -> url.startsWith("stun:")).findFirst().map(HostPort::of);
    }

    record HostPort(String host, int port) {

        static HostPort of(String iceUrl) {
            URI uri = URI.create("ice://" + iceUrl.substring(iceUrl.indexOf(':') + 1));
            return new HostPort(uri.getHost(), uri.getPort() < 0 ? 3478 : uri.getPort());
        }

        String ipv4() {
            try {
                for (InetAddress address : InetAddress.getAllByName(host)) {
                    if (address instanceof Inet4Address) {
                        return address.getHostAddress();
                    }
                }
            } catch (UnknownHostException e) {
                // reported below
            }
            throw new IllegalArgumentException("ICE server host " + host + " has no IPv4 address, which Kurento needs");
        }
    }
}
