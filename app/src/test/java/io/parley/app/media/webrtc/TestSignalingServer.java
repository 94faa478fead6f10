package io.parley.app.media.webrtc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.parley.voice.audio.PcmFrame;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal signaling server for browser tests, over loopback HTTP: serves the call page, takes the offer and the
 * browser's candidates by POST, hands out the plane's candidates by polling, and starts/stops agent audio on cue.
 * It stands in for Parley's signaling WebSocket, which is not what these tests are about.
 */
final class TestSignalingServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebRtcPlane plane;
    private final List<IceServer> jvmIceServers;
    private final String pageConfig;
    private final HttpServer server;
    private final List<IceCandidate> localCandidates = new CopyOnWriteArrayList<>();
    private final List<PcmFrame> callerFrames = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final CompletableFuture<String> closedReason = new CompletableFuture<>();
    private final AgentTone tone;
    private volatile WebRtcCall call;

    /**
     * @param jvmIceServers     ICE servers the plane uses for the call
     * @param browserIceServers ICE servers the page uses
     * @param relayOnly         whether the page restricts itself to TURN relay candidates
     */
    TestSignalingServer(WebRtcPlane plane, List<IceServer> jvmIceServers, List<IceServer> browserIceServers,
                        boolean relayOnly) throws IOException {
        this(plane, jvmIceServers, browserIceServers, relayOnly, AgentTone.FREQUENCY);
    }

    TestSignalingServer(WebRtcPlane plane, List<IceServer> jvmIceServers, List<IceServer> browserIceServers,
                        boolean relayOnly, double agentToneHz) throws IOException {
        this.plane = plane;
        this.tone = new AgentTone(agentToneHz);
        this.jvmIceServers = jvmIceServers;
        this.pageConfig = pageConfig(browserIceServers, relayOnly);
        byte[] page = Files.readAllBytes(Path.of("src/test/browser/call-page.html"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> respond(exchange, 200, "text/html", page));
        server.createContext("/config", exchange -> respond(exchange, 200, "application/json", bytes(pageConfig)));
        server.createContext("/offer", this::offer);
        server.createContext("/candidate", this::remoteCandidate);
        server.createContext("/candidates", this::localCandidates);
        server.createContext("/agent/start", exchange -> {
            tone.start(call);
            respond(exchange, 200, "text/plain", bytes("started"));
        });
        server.createContext("/restart", this::restart);
        server.createContext("/agent/burst", exchange -> {
            tone.burst(call, 1500);
            respond(exchange, 200, "text/plain", bytes("queued"));
        });
        server.createContext("/agent/flush", exchange -> {
            call.flushAgentAudio();
            respond(exchange, 200, "text/plain", bytes("flushed"));
        });
        server.createContext("/agent/stop", exchange -> {
            tone.stop();
            call.flushAgentAudio();
            respond(exchange, 200, "text/plain", bytes("stopped"));
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    List<PcmFrame> callerFrames() {
        return callerFrames;
    }

    List<String> errors() {
        return errors;
    }

    /** Completes with the reason the call gave when it closed. */
    CompletableFuture<String> closedReason() {
        return closedReason;
    }

    WebRtcCall call() {
        return call;
    }

    private void offer(HttpExchange exchange) throws IOException {
        String offer = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        WebRtcCall answered;
        try {
            answered = plane.answer(offer, jvmIceServers, localCandidates::add);
        } catch (WebRtcException refused) {
            errors.add(refused.getMessage());
            respond(exchange, 400, "text/plain", bytes(refused.getMessage()));
            return;
        }
        answered.onCallerAudio(callerFrames::add);
        answered.onClosed(closedReason::complete);
        call = answered;
        respond(exchange, 200, "application/sdp", bytes(answered.answerSdp()));
        answered.answerDelivered();
    }

    private void restart(HttpExchange exchange) throws IOException {
        String offer = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer;
        try {
            answer = call.restartIce(offer);
        } catch (WebRtcException refused) {
            errors.add(refused.getMessage());
            respond(exchange, 400, "text/plain", bytes(refused.getMessage()));
            return;
        }
        respond(exchange, 200, "application/sdp", bytes(answer));
        call.answerDelivered();
    }

    private void remoteCandidate(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        try {
            call.addRemoteCandidate(new IceCandidate(body.path("candidate").asString(""),
                    body.path("sdpMid").isNull() ? null : body.path("sdpMid").asString(null),
                    body.path("sdpMLineIndex").asInt(0)));
            respond(exchange, 204, "text/plain", new byte[0]);
        } catch (RuntimeException refused) {
            errors.add(refused.getMessage());
            respond(exchange, 400, "text/plain", bytes(String.valueOf(refused.getMessage())));
        }
    }

    private void localCandidates(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        int since = query != null && query.startsWith("since=") ? Integer.parseInt(query.substring(6)) : 0;
        ArrayNode list = JSON.createArrayNode();
        List<IceCandidate> all = List.copyOf(localCandidates);
        for (IceCandidate candidate : all.subList(Math.min(since, all.size()), all.size())) {
            list.addObject().put("candidate", candidate.candidate()).put("sdpMid", candidate.sdpMid())
                    .put("sdpMLineIndex", candidate.sdpMLineIndex());
        }
        respond(exchange, 200, "application/json", bytes(JSON.writeValueAsString(list)));
    }

    private static String pageConfig(List<IceServer> servers, boolean relayOnly) {
        ObjectNode config = JSON.createObjectNode();
        config.put("iceTransportPolicy", relayOnly ? "relay" : "all");
        ArrayNode list = config.putArray("iceServers");
        for (IceServer server : servers) {
            ObjectNode entry = list.addObject();
            server.urls().forEach(entry.putArray("urls")::add);
            if (server.username() != null) {
                entry.put("username", server.username()).put("credential", server.credential());
            }
        }
        return JSON.writeValueAsString(config);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, status == 204 ? -1 : body.length);
        if (status != 204) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        tone.stop();
        server.stop(0);
        WebRtcCall current = call;
        if (current != null) {
            current.close();
        }
    }
}
