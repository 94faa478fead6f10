package io.parley.app.session;

import io.parley.app.gateway.SessionGrant;
import io.parley.app.media.CallerLeg;
import io.parley.app.media.WebRtcLeg;
import io.parley.app.media.WebRtcMediaPlane;
import io.parley.app.media.websocket.WebSocketLeg;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client socket of a session: reads the client's messages, answers bad ones with an {@code error} event (the
 * call goes on), and carries the call's events and, for the WebSocket transport, its audio.
 */
final class ClientConnection implements CallClient {

    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);
    static final int MAX_ERRORS = 100;

    private final SessionGrant grant;
    private final SocketOutbound out;
    private final CallRegistry calls;
    private final JsonMapper json;
    private final AtomicInteger errors = new AtomicInteger();
    private final WebRtcSignaling webRtc;
    private volatile CallerLeg leg;
    private volatile LiveCall call;
    private volatile boolean starting;
    /** The WebRTC media went away and the client has not rejoined yet: its next offer rejoins the same call. */
    private volatile boolean mediaLost;
    private volatile boolean notStartedReported;

    ClientConnection(SessionGrant grant, SocketOutbound out, CallRegistry calls, JsonMapper json, WebRtcMediaPlane plane) {
        this.grant = grant;
        this.out = out;
        this.calls = calls;
        this.json = json;
        this.webRtc = new WebRtcSignaling(plane, json, out::text, this::error);
    }

    @Override
    public SessionGrant grant() {
        return grant;
    }

    @Override
    public CallerLeg leg() {
        return leg;
    }

    @Override
    public void sendEvent(String eventJson) {
        out.text(eventJson);
    }

    @Override
    public void close(CloseStatus status) {
        out.close(status);
    }

    void onMessage(WebSocketMessage message) {
        try {
            if (message.getType() == WebSocketMessage.Type.BINARY) {
                onAudio(bytes(message));
            } else if (message.getType() == WebSocketMessage.Type.TEXT) {
                onText(message.getPayloadAsText());
            }
        } catch (RuntimeException e) {
            log.warn("Session {}: message failed", grant.sessionId(), e);
            error("internal", "the message could not be handled");
        }
    }

    private void onAudio(byte[] payload) {
        if (!(leg instanceof WebSocketLeg socketLeg)) {
            if (!notStartedReported) {
                notStartedReported = true;
                error("not_started", "send {\"type\":\"start\",\"transport\":\"websocket\"} and wait for "
                        + "session_started before sending audio");
            }
            return;
        }
        socketLeg.acceptBinary(payload).ifPresent(reason -> error("bad_frame", reason));
    }

    private void onText(String text) {
        JsonNode msg;
        try {
            msg = json.readTree(text);
        } catch (JacksonException e) {
            error("bad_message", "messages must be JSON objects with a \"type\"");
            return;
        }
        String type = msg.path("type").asString("");
        switch (type) {
            case "start" -> start(msg);
            case "playback_started" -> playbackStarted(msg);
            case "ping" -> out.text("{\"type\":\"pong\"}");
            case "end" -> {
                LiveCall current = call;
                if (current != null) {
                    current.finishAsync(io.parley.tenant.session.SessionOutcome.COMPLETED, "client_ended");
                } else {
                    close(CloseCodes.ended("client_ended"));
                }
            }
            case "ice_candidate" -> webRtc.remoteCandidate(msg);
            case "ice_restart" -> Schedulers.boundedElastic().schedule(() -> restart(msg));
            case "" -> error("bad_message", "messages need a \"type\"");
            default -> error("unknown_type", "unknown message type '%s'".formatted(abbreviate(type)));
        }
    }

    private void start(JsonNode msg) {
        if (starting) {
            error("already_started", "this connection has already started");
            return;
        }
        String transport = msg.path("transport").asString("websocket");
        if ("webrtc".equals(transport)) {
            starting = true;
            Schedulers.boundedElastic().schedule(() -> startWebRtc(msg, false));
            return;
        }
        if (!"websocket".equals(transport)) {
            error("transport_unavailable", "transport '%s' is not offered; use webrtc or websocket"
                    .formatted(abbreviate(transport)));
            return;
        }
        int rate = msg.path("outputSampleRate").asInt(16000);
        if (!WebSocketLeg.OUTPUT_RATES.contains(rate)) {
            error("unsupported_sample_rate", "outputSampleRate must be one of " + WebSocketLeg.OUTPUT_RATES);
            return;
        }
        if (msg.has("inputSampleRate") && msg.path("inputSampleRate").asInt() != 16000) {
            error("unsupported_sample_rate", "caller audio must be 16000 Hz mono PCM16LE");
            return;
        }
        starting = true;
        WebSocketLeg socketLeg = new WebSocketLeg(rate, out::binary);
        Schedulers.boundedElastic().schedule(() -> join(socketLeg, Map.of("transport", "websocket",
                "inputSampleRate", 16000, "outputSampleRate", rate)));
    }

    /** Answers a WebRTC offer on a fresh peer and joins the call over it; runs off the event loop. */
    private void startWebRtc(JsonNode offer, boolean restart) {
        WebRtcLeg answered = webRtc.answer(offer, restart);
        if (answered == null) {
            starting = false;
            return;
        }
        answered.onClosed(reason -> mediaLost(answered, reason));
        join(answered, Map.of("transport", "webrtc"));
    }

    /**
     * An ICE restart renegotiates on the call's peer; when the peer is gone ({@code media_lost}, e.g. its media
     * server died) the new offer is answered by a fresh one - on Kurento, a new pipeline on a healthy server - and
     * the same call goes on over it.
     */
    private void restart(JsonNode msg) {
        if (mediaLost && leg == null && !starting) {
            starting = true;
            startWebRtc(msg, true);
            return;
        }
        webRtc.restart(msg);
    }

    /** Joins the call over {@code transportLeg} and tells the client; runs off the event loop. */
    private void join(CallerLeg transportLeg, Map<String, Object> details) {
        try {
            boolean rejoining = mediaLost;
            leg = transportLeg;
            LiveCall attached = calls.connect(this, transportLeg);
            call = attached;
            mediaLost = false;
            Map<String, Object> started = new java.util.LinkedHashMap<>(details);
            started.put("type", "session_started");
            started.put("sessionId", grant.sessionId().toString());
            started.put("resumed", rejoining || attached.resumedBy(this));
            out.text(json.writeValueAsString(started));
        } catch (CallRegistry.Refused refused) {
            transportLeg.close();
            close(refused.status());
        } catch (RuntimeException e) {
            log.error("Session {} could not start", grant.sessionId(), e);
            transportLeg.close();
            error("start_failed", "the session could not start; see the server log");
            close(CloseCodes.ended("start_failed"));
        }
    }

    /**
     * The WebRTC media went away (network, or its media server died) while the socket is still here: the call
     * waits out its grace period, and the client may send a new webrtc start to rejoin it on a fresh peer.
     */
    private void mediaLost(WebRtcLeg lost, String reason) {
        LiveCall current = call;
        if (leg != lost || (current != null && current.isFinished())) {
            // An ending call closes its own leg: telling the client to rejoin it would be wrong.
            return;
        }
        if (current != null) {
            current.detach(this, "transport_lost");
        }
        leg = null;
        starting = false;
        mediaLost = true;
        error("media_lost", "the media connection ended (" + reason + "); send an ice_restart or a new start with a "
                + "fresh offer to rejoin the call");
    }

    private void playbackStarted(JsonNode msg) {
        LiveCall current = call;
        if (current == null || !msg.path("turnId").canConvertToLong()) {
            error("bad_message", "playback_started needs a started session and a numeric turnId");
            return;
        }
        current.playbackStarted(msg.path("turnId").asLong());
    }

    /** The socket closed (client gone or network lost). */
    void socketClosed() {
        out.close(CloseStatus.NORMAL);
        LiveCall current = call;
        if (current != null) {
            current.detach(this, "transport_lost");
        }
        if (leg instanceof WebSocketLeg socketLeg) {
            socketLeg.transportLost("socket closed");
        } else if (leg != null) {
            // A reconnecting client negotiates a new peer; this one must not linger.
            leg.close();
        }
    }

    private void error(String code, String message) {
        out.text(json.writeValueAsString(Map.of("type", "error", "code", code, "message", message)));
        if (errors.incrementAndGet() > MAX_ERRORS) {
            close(CloseCodes.TOO_MANY_ERRORS);
        }
    }

    private static byte[] bytes(WebSocketMessage message) {
        ByteBuffer buffer = ByteBuffer.allocate(message.getPayload().readableByteCount());
        message.getPayload().toByteBuffer(buffer);
        return buffer.array();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
