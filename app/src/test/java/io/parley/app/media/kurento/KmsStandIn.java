package io.parley.app.media.kurento;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for Kurento Media Server 7.3.0, for tests: no KMS can run here. It is a loopback WebSocket server that
 * speaks KMS's JSON-RPC 2.0 as recorded in {@code src/test/resources/kurento/*.jsonl} (create, invoke, subscribe,
 * unsubscribe, release, ping, closeSession; sessionId assigned on the first request; results {@code {sessionId,value}};
 * the recorded error codes, messages and {@code data.type}; {@code onEvent} notifications such as IceCandidateFound
 * after gatherCandidates), and it can be killed the way a SIGKILLed KMS goes: the socket drops without a close frame
 * and requests in flight get no answer.
 *
 * <p>It does <b>no media</b>: no ICE, DTLS, RTP or transcoding; SDP answers are built from the offer's text in the
 * recorded shape; no RTP is sent to the RtpEndpoint's peer. A kill resets its sockets (the kernel resets a dead
 * process's connection when data is unread); with a plain FIN the JDK WebSocket client was seen, now and then, not
 * to report the close at all, which the pool's ping heartbeat then catches. What a real KMS answers for an offer without any codec it
 * supports was not recorded: the stand-in rejects the audio section (port 0), as RFC 3264 has it.
 *
 * <p>Not recorded, taken from the KMS 7.3 sources (kms-core SdpEndpointImpl, MediaObjectImpl, KurentoException.hpp)
 * and marked where used: a second {@code processOffer} on an SDP endpoint fails with 40208
 * {@code SDP_END_POINT_ALREADY_NEGOTIATED} "Endpoint already negotiated" (after the SDP parses); {@code getName}
 * answers the object id until {@code setName} sets one; {@code getPipelines} lists every pipeline of the server,
 * whichever session made it (recorded, scenario 1).
 */
public final class KmsStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FACTORIES = Set.of("MediaPipeline", "WebRtcEndpoint", "RtpEndpoint",
            "PlayerEndpoint");
    private static final Set<String> EVENTS = Set.of("IceCandidateFound", "IceGatheringDone",
            "IceComponentStateChanged", "NewCandidatePairSelected", "ConnectionStateChanged", "MediaStateChanged",
            "MediaFlowInStateChanged", "MediaFlowOutStateChanged", "MediaTranscodingStateChanged",
            "DtlsConnectionStateChange", "Error", "ElementConnected", "ElementDisconnected");
    /** The candidates KMS gathered for the browser's audio-only offer in scenario 2 (mid "0", once each). */
    private static final List<String> CANDIDATES = List.of(
            "candidate:1 1 UDP 2015364095 127.0.0.1 40935 typ host",
            "candidate:2 1 TCP 1015022591 127.0.0.1 9 typ host tcptype active",
            "candidate:3 1 TCP 1010828287 127.0.0.1 40338 typ host tcptype passive",
            "candidate:1 2 UDP 2015364094 127.0.0.1 40749 typ host");

    /** Object id -> factory type, shared by all sessions as in a real server. */
    private final Map<String, String> objects = new ConcurrentHashMap<>();
    /** Names set with {@code setName}; an object without one is named by its id. */
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** SDP endpoints that have processed an offer: KMS refuses a second one. */
    private final Set<String> negotiated = ConcurrentHashMap.newKeySet();
    private volatile Set<String> rtpCodecs = Set.of("opus/48000/2", "PCMU/8000", "PCMA/8000");
    private final Map<String, String> turnUrls = new ConcurrentHashMap<>();
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    /** Every accepted TCP connection, tracked from accept on, so a kill cannot miss one mid-handshake. */
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private volatile int rtpPort = 40660;
    private volatile double cpuPercent;
    private final DisposableServer server;

    public KmsStandIn() {
        this(0);
    }

    /** A stand-in on a given port (0: any free one), e.g. a server coming back where it was before. */
    public KmsStandIn(int port) {
        server = HttpServer.create().host("127.0.0.1").port(port)
                .doOnConnection(connections::add)
                .route(routes -> routes.ws("/kurento", (in, out) -> {
                    Client client = new Client();
                    clients.add(client);
                    in.aggregateFrames().receive().asString().subscribe(client::handle, dropped -> { });
                    return out.sendString(client.outbound.asFlux()).then().onErrorComplete();
                }))
                .bindNow(Duration.ofSeconds(10));
    }

    public URI uri() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/kurento");
    }

    /** Every request received, in order, as parsed JSON. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    /** {@code method} or {@code invoke:operation} / {@code create:type} of every request, in order. */
    List<String> exchange() {
        return requests.stream().map(r -> {
            String method = r.path("method").asString();
            JsonNode params = r.path("params");
            return switch (method) {
                case "invoke" -> "invoke:" + params.path("operation").asString();
                case "create" -> "create:" + params.path("type").asString();
                case "subscribe" -> "subscribe:" + params.path("type").asString();
                default -> method;
            };
        }).toList();
    }

    public Set<String> liveObjects() {
        return Set.copyOf(objects.keySet());
    }

    /** The live objects of one factory type, e.g. {@code WebRtcEndpoint}. */
    public List<String> liveObjects(String type) {
        return objects.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).toList();
    }

    /** The name {@code getName} answers: the one set, or the object id. */
    String nameOf(String object) {
        return names.getOrDefault(object, object);
    }

    void setName(String object, String name) {
        names.put(object, name);
    }

    /** Marks an SDP endpoint negotiated; false when it already was (KMS answers 40208 then). */
    boolean negotiate(String endpoint) {
        return negotiated.add(endpoint);
    }

    /**
     * The audio codecs the RtpEndpoint accepts, as a KMS's {@code SdpEndpoint.conf.json} lists them (the recorded
     * server: opus/48000/2, PCMU/8000, PCMA/8000 among others), e.g. {@code Set.of("PCMU/8000")} for a server
     * configured without Opus.
     */
    public void rtpCodecs(Set<String> codecs) {
        this.rtpCodecs = Set.copyOf(codecs);
    }

    Set<String> rtpCodecs() {
        return rtpCodecs;
    }

    /**
     * A pipeline some earlier client left here (a Parley node that crashed), named as it named it (null: never
     * named), with an element in it.
     */
    public String leftOver(String name) {
        String pipeline = UUID.randomUUID() + "_kurento.MediaPipeline";
        objects.put(pipeline, "MediaPipeline");
        objects.put(pipeline + "/" + UUID.randomUUID() + "_kurento.WebRtcEndpoint", "WebRtcEndpoint");
        if (name != null) {
            names.put(pipeline, name);
        }
        return pipeline;
    }

    /**
     * The UDP port the RtpEndpoint announces in its answer (recorded: 40660). A test that binds it plays the part of
     * the server's RTP side, since the stand-in itself moves no media.
     */
    public void announceRtpPort(int port) {
        this.rtpPort = port;
    }

    /** What {@code ServerManager.getUsedCpu} reports (the recorded idle server said 0.0). */
    void reportCpu(double percent) {
        this.cpuPercent = percent;
    }

    double cpuPercent() {
        return cpuPercent;
    }

    int rtpPort() {
        return rtpPort;
    }

    /**
     * Requests of this operation or method are never answered: a KMS busy in {@code getUsedCpu(3000)} when it died,
     * or ({@code ping}) a host gone without a reset, its socket half-open.
     */
    void neverAnswer(String operation) {
        unanswered.add(operation);
    }

    /** Raises an event on an object for the sessions subscribed to it, in KMS's {@code onEvent} shape. */
    void emit(String object, String type, Map<String, Object> data) {
        ObjectNode payload = JSON.valueToTree(data);
        payload.put("source", object);
        payload.set("tags", JSON.createArrayNode());
        payload.put("timestampMillis", Long.toString(System.currentTimeMillis()));
        if (!payload.has("type")) {
            payload.put("type", type);
        }
        ObjectNode value = JSON.createObjectNode();
        value.set("data", payload);
        value.put("object", object);
        value.put("type", type);
        ObjectNode message = JSON.createObjectNode();
        message.put("jsonrpc", "2.0");
        message.put("method", "onEvent");
        message.set("params", JSON.createObjectNode().set("value", value));
        for (Client client : clients) {
            if (client.subscriptions.contains(object + "#" + type)) {
                client.send(message);
            }
        }
    }

    /**
     * The network between client and server fails while the server lives on: every socket dropped without a close
     * frame, the server's objects kept (KMS keeps a session's pipelines when its socket drops), new connections
     * accepted.
     */
    public void dropConnections() {
        connections.forEach(KmsStandIn::reset);
    }

    /** Closes a connection at once, unread data and all, with a TCP reset, as the kernel does for a killed process. */
    private static void reset(Connection connection) {
        if (!connection.channel().isOpen()) {
            return;
        }
        try {
            connection.channel().config().setOption(io.netty.channel.ChannelOption.SO_LINGER, 0);
        } catch (io.netty.channel.ChannelException closedMeanwhile) {
            // closed by its client in between: nothing to reset
        }
        connection.channel().close();
    }

    /** Dies like SIGKILL: every socket dropped without a close frame, and no more connections accepted. */
    public void kill() {
        connections.forEach(KmsStandIn::reset);
        server.disposeNow(Duration.ofSeconds(5));
    }

    @Override
    public void close() {
        kill();
    }

    private final class Client {
        final Sinks.Many<String> outbound = Sinks.many().unicast().onBackpressureBuffer();
        final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
        volatile String sessionId;

        synchronized void send(JsonNode message) {
            outbound.emitNext(JSON.writeValueAsString(message), Sinks.EmitFailureHandler.busyLooping(
                    Duration.ofSeconds(1)));
        }

        void handle(String text) {
            JsonNode request = JSON.readTree(text);
            requests.add(request);
            JsonNode params = request.path("params");
            if (unanswered.contains(request.path("method").asString())) {
                return;
            }
            if (sessionId == null && !"ping".equals(request.path("method").asString())) {
                sessionId = params.hasNonNull("sessionId") ? params.get("sessionId").asString()
                        : UUID.randomUUID().toString();
            }
            try {
                JsonNode value = answer(request.path("method").asString(), params);
                if (value == NO_ANSWER) {
                    return;
                }
                reply(request, value);
            } catch (KmsError error) {
                ObjectNode body = JSON.createObjectNode();
                body.put("code", error.code);
                if (error.type != null) {
                    body.set("data", JSON.createObjectNode().put("type", error.type));
                }
                body.put("message", error.getMessage());
                ObjectNode message = JSON.createObjectNode();
                message.set("error", body);
                message.set("id", request.get("id"));
                message.put("jsonrpc", "2.0");
                send(message);
            }
            if ("invoke".equals(request.path("method").asString())
                    && "gatherCandidates".equals(params.path("operation").asString())) {
                gather(params.path("object").asString());
            }
        }

        private void reply(JsonNode request, JsonNode value) {
            ObjectNode message = JSON.createObjectNode();
            message.set("id", request.get("id"));
            message.put("jsonrpc", "2.0");
            String method = request.path("method").asString();
            if ("closeSession".equals(method)) {
                message.putNull("result");
            } else {
                ObjectNode result = JSON.createObjectNode();
                if (sessionId != null) {
                    result.put("sessionId", sessionId);
                }
                if (value != null) {
                    result.set("value", value);
                }
                message.set("result", result);
            }
            send(message);
        }

        /** IceCandidateFound per candidate, then IceGatheringDone, as scenario 2 recorded them. */
        private void gather(String endpoint) {
            for (String candidate : CANDIDATES) {
                emit(endpoint, "IceCandidateFound", Map.of("candidate", Map.of("__module__", "kurento",
                        "__type__", "IceCandidate", "candidate", candidate, "sdpMLineIndex", 0, "sdpMid", "0")));
            }
            emit(endpoint, "IceGatheringDone", Map.of());
        }

        private JsonNode answer(String method, JsonNode params) {
            return switch (method) {
                case "ping" -> JSON.getNodeFactory().stringNode("pong");
                case "create" -> create(params);
                case "invoke" -> KmsStandInOperations.invoke(KmsStandIn.this, params, existing(params));
                case "subscribe" -> subscribe(params);
                case "unsubscribe" -> null;
                case "release" -> {
                    String id = params.path("object").asString();
                    objects.keySet().removeIf(key -> key.equals(id) || key.startsWith(id + "/"));
                    names.keySet().removeIf(key -> key.equals(id) || key.startsWith(id + "/"));
                    negotiated.removeIf(key -> key.equals(id) || key.startsWith(id + "/"));
                    yield null;
                }
                case "closeSession" -> null;
                default -> throw new KmsError(-32601, null, "Method not found.");
            };
        }

        private JsonNode create(JsonNode params) {
            String type = params.path("type").asString();
            if (!FACTORIES.contains(type)) {
                throw new KmsError(40108, "MEDIA_OBJECT_NOT_AVAILABLE", "Factory '" + type + "' not found");
            }
            String id = UUID.randomUUID() + "_kurento." + type;
            if (!type.equals("MediaPipeline")) {
                JsonNode pipeline = params.path("constructorParams").path("mediaPipeline");
                if (pipeline.isMissingNode() || pipeline.isNull()) {
                    throw new KmsError(40001, "MARSHALL_ERROR", "'mediaPipeline' parameter should be a string");
                }
                String pipelineId = pipeline.isString() ? pipeline.asString() : pipeline.toString();
                if (!"MediaPipeline".equals(objects.get(pipelineId))) {
                    throw KmsError.notFound(pipelineId);
                }
                String keyType = params.path("constructorParams").path("certificateKeyType").asString(null);
                if (keyType != null && !keyType.equals("RSA") && !keyType.equals("ECDSA")) {
                    throw new KmsError(40001, "MARSHALL_ERROR", "Invalid value for 'CertificateKeyType'");
                }
                if (type.equals("PlayerEndpoint") && !params.path("constructorParams").path("uri").isString()) {
                    throw new KmsError(40001, "MARSHALL_ERROR", "'uri' parameter should be a string");
                }
                id = pipelineId + "/" + id;
            }
            objects.put(id, type);
            return JSON.getNodeFactory().stringNode(id);
        }

        private JsonNode subscribe(JsonNode params) {
            String object = existing(params);
            String type = params.path("type").asString();
            if (!EVENTS.contains(type)) {
                throw new KmsError(40106, "MEDIA_OBJECT_EVENT_NOT_SUPPORTED", "Event '" + type + "' not supported");
            }
            subscriptions.add(object + "#" + type);
            return JSON.getNodeFactory().stringNode(UUID.randomUUID().toString());
        }

        private String existing(JsonNode params) {
            String object = params.path("object").asString();
            if (!objects.containsKey(object) && !object.equals("manager_ServerManager")) {
                throw KmsError.notFound(object);
            }
            return object;
        }
    }

    String typeOf(String object) {
        return object.equals("manager_ServerManager") ? "ServerManager" : objects.get(object);
    }

    Map<String, String> turnUrls() {
        return turnUrls;
    }

    boolean answers(String operation) {
        return !unanswered.contains(operation);
    }

    /** Marks a request the stand-in leaves unanswered. */
    static final JsonNode NO_ANSWER = JSON.getNodeFactory().stringNode("<no answer>");

    /** A JSON-RPC error as KMS sends it: {@code {code, message, data:{type}}}. */
    static final class KmsError extends RuntimeException {
        final int code;
        final String type;

        KmsError(int code, String type, String message) {
            super(message);
            this.code = code;
            this.type = type;
        }

        static KmsError notFound(String object) {
            return new KmsError(40101, "MEDIA_OBJECT_NOT_FOUND", "Object '" + object + "' not found");
        }
    }
}
