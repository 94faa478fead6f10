package io.parley.app.media.kurento;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * {@code parley.kurento.*}: the pool of Kurento Media Servers.
 *
 * @param enabled               use Kurento for WebRTC instead of the embedded plane (default false)
 * @param uris                  the servers' JSON-RPC endpoints, e.g. {@code ws://kms-1:8888/kurento}
 * @param maxSessionsPerServer  calls one server may carry at once (default 100)
 * @param rtpPortMin            lowest UDP port Parley binds for a call's RTP (default 30000)
 * @param rtpPortMax            highest such port (default 30999)
 * @param rtpAddress            the address of Parley's RTP ports as the servers reach it (default 127.0.0.1)
 * @param requestTimeout        how long a request to a server may take (default 10 s)
 * @param reconnectInterval     how often a server that went down is tried again (default 5 s)
 * @param loadSampleInterval    how often each server's CPU use is asked for (default 10 s)
 * @param maxCpuPercent         servers at or above this CPU use get new calls only when no other has room (default 85)
 * @param rtpCodecs             codecs offered on the RTP leg, most preferred first (default opus, PCMU); the server's
 *                              answer picks one, and no common codec fails the call with a clear error
 * @param nodeId                names this node's pipelines on the servers, so that pipelines an earlier run of the
 *                              same node left behind (a crash, kill -9) are released when it connects again; must stay
 *                              the same across restarts (default: the host name, i.e. the pod name in Kubernetes)
 */
@Validated
@ConfigurationProperties("parley.kurento")
public record KurentoProperties(
        boolean enabled,
        @NotNull List<URI> uris,
        @Min(1) int maxSessionsPerServer,
        @Min(1024) @Max(65535) int rtpPortMin,
        @Min(1024) @Max(65535) int rtpPortMax,
        @NotNull String rtpAddress,
        @NotNull Duration requestTimeout,
        @NotNull Duration reconnectInterval,
        @NotNull Duration loadSampleInterval,
        @Min(1) @Max(100) int maxCpuPercent,
        List<RtpCodec> rtpCodecs,
        String nodeId) {

    /** The settings of a pool without the codec and node defaults spelled out (tests, programmatic use). */
    public KurentoProperties(boolean enabled, List<URI> uris, int maxSessionsPerServer, int rtpPortMin, int rtpPortMax,
            String rtpAddress, Duration requestTimeout, Duration reconnectInterval, Duration loadSampleInterval,
            int maxCpuPercent) {
        this(enabled, uris, maxSessionsPerServer, rtpPortMin, rtpPortMax, rtpAddress, requestTimeout,
                reconnectInterval, loadSampleInterval, maxCpuPercent, null, null);
    }

    @ConstructorBinding
    public KurentoProperties {
        uris = uris == null ? List.of() : List.copyOf(uris);
        maxSessionsPerServer = maxSessionsPerServer == 0 ? 100 : maxSessionsPerServer;
        rtpPortMin = rtpPortMin == 0 ? 30_000 : rtpPortMin;
        rtpPortMax = rtpPortMax == 0 ? 30_999 : rtpPortMax;
        rtpAddress = rtpAddress == null || rtpAddress.isBlank() ? "127.0.0.1" : rtpAddress;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        reconnectInterval = reconnectInterval == null ? Duration.ofSeconds(5) : reconnectInterval;
        loadSampleInterval = loadSampleInterval == null || loadSampleInterval.isZero() ? Duration.ofSeconds(10)
                : loadSampleInterval;
        maxCpuPercent = maxCpuPercent == 0 ? 85 : maxCpuPercent;
        rtpCodecs = rtpCodecs == null || rtpCodecs.isEmpty() ? List.of(RtpCodec.OPUS, RtpCodec.PCMU)
                : List.copyOf(new LinkedHashSet<>(rtpCodecs));
        nodeId = nodeId == null || nodeId.isBlank() ? hostName() : nodeId.trim();
        if (!nodeId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("parley.kurento.node-id may hold letters, digits, '.', '_' and '-' only, "
                    + "not '" + nodeId + "'");
        }
        if (rtpPortMin > rtpPortMax) {
            throw new IllegalArgumentException("parley.kurento.rtp-port-min (" + rtpPortMin
                    + ") must not exceed rtp-port-max (" + rtpPortMax + ")");
        }
        if (enabled && uris.isEmpty()) {
            throw new IllegalArgumentException("parley.kurento.enabled=true needs at least one parley.kurento.uris entry");
        }
        for (URI uri : uris) {
            if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme())) {
                throw new IllegalArgumentException("parley.kurento.uris must be ws:// or wss:// URIs, not " + uri);
            }
        }
    }

    /** The prefix of every pipeline name this node gives: {@code parley:<nodeId>:}. */
    public String pipelineNamePrefix() {
        return "parley:" + nodeId + ":";
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && fromEnvironment.matches("[A-Za-z0-9._-]+")) {
            return fromEnvironment;
        }
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.matches("[A-Za-z0-9._-]+") ? name : "parley";
        } catch (UnknownHostException e) {
            return "parley";
        }
    }
}
