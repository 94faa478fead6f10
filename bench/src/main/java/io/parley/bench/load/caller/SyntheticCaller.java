package io.parley.bench.load.caller;

import io.parley.bench.load.node.JsonHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * One caller (docs/session-protocol.md): opens a session with the tenant's secret key, connects the session socket,
 * sends 20 ms of audio every 20 ms (its script's speech, line silence otherwise) over its {@link MediaLink} (binary
 * socket frames on the WebSocket plane, or a WebRTC peer connection), hears the agent's audio, reads the events,
 * and measures the call with a {@link CallerMeter}. A WebSocket caller may drop its socket once and come back with
 * the same token, as a phone switching networks does.
 */
public final class SyntheticCaller implements WebSocket.Listener {

    /**
     * Where callers call: the node's API, the tenant's secret key and deployment, socket clients shared by the
     * callers (each JDK client reads all its sockets on one selector thread, so many callers need several).
     */
    public record Line(JsonHttp api, String secretKey, String deploymentId, java.util.List<HttpClient> sockets,
                       ScheduledExecutorService pacer, MediaLink.Opener media) {

        HttpClient socketsFor(int callerId) {
            return sockets.get(callerId % sockets.size());
        }
    }

    private static final byte[] LINE_SILENCE = new byte[640];
    private static final long FRAME_NANOS = 20_000_000L;
    private static final Duration CONNECT = Duration.ofSeconds(15);

    private final int id;
    private final Line line;
    private final ScriptRunner script;
    private final CallerMeter meter;
    private final boolean reconnectOnce;
    private final BitSet seenSeqs = new BitSet();
    private final Map<String, Integer> eventCounts = new TreeMap<>();
    private final Map<String, Integer> interruptions = new TreeMap<>();
    private final Map<Long, JsonNode> timelines = new HashMap<>();
    private final Map<Long, Double> voiceToVoiceByTurn = new HashMap<>();
    private final Map<Long, Long> speechEndByTurn = new HashMap<>();
    /** The node's call start on this caller's clock, from session_started's atMs; 0 until known. */
    private long nodeOriginNanos;
    private final StringBuilder partialText = new StringBuilder();
    private final CompletableFuture<CallerOutcome> outcome = new CompletableFuture<>();
    private int partialBinary;
    private boolean finishing;

    private String sessionId;
    private String url;
    private int refusedStatus;
    private String failure;
    private int closeCode = -1;
    private String endReason;
    private int reconnectsAttempted;
    private int reconnectsResumed;
    private long lastTurnId = -1;
    private long playbackReportedFor = -1;

    private volatile WebSocket socket;
    private SocketSender sender;
    private MediaLink media;
    private volatile CompletableFuture<Boolean> started = new CompletableFuture<>();
    private ScheduledFuture<?> ticking;
    private long tickOrigin;
    private long ticks;
    private boolean connected;

    public SyntheticCaller(int id, Line line, CallerScript script, CallerMeter meter, long hangUpAtNanos,
                           boolean reconnectOnce) {
        this.id = id;
        this.line = line;
        this.meter = meter;
        this.reconnectOnce = reconnectOnce;
        this.script = new ScriptRunner(script, meter, hangUpAtNanos);
    }

    /** Starts the call on a virtual thread; the future completes when the call is over, however it ended. */
    public CompletableFuture<CallerOutcome> start() {
        Thread.ofVirtual().name("caller-" + id).start(this::open);
        return outcome;
    }

    private void open() {
        JsonHttp.Reply offer = line.api().post("/v1/sessions", line.secretKey(),
                Map.of("deploymentId", line.deploymentId()));
        if (!offer.ok()) {
            synchronized (this) {
                refusedStatus = offer.status();
                failure = "session refused: " + offer.status() + " " + offer.body().path("reason").asString("");
            }
            finish();
            return;
        }
        synchronized (this) {
            sessionId = offer.body().path("sessionId").asString();
            url = offer.body().path("signalingUrl").asString() + "?token=" + offer.body().path("token").asString();
        }
        if (connect(false)) {
            startTicking();
        }
    }

    /** Connects (or reconnects) the socket, sends {@code start} and waits for {@code session_started}. */
    private boolean connect(boolean expectResumed) {
        try {
            started = new CompletableFuture<>();
            WebSocket ws = line.socketsFor(id).newWebSocketBuilder().connectTimeout(CONNECT)
                    .buildAsync(URI.create(url), this).get(CONNECT.toSeconds(), TimeUnit.SECONDS);
            MediaLink link;
            synchronized (this) {
                socket = ws;
                sender = new SocketSender(ws);
                if (media == null) {
                    media = line.media().open(sender, this::heardAgent);
                }
                link = media;
            }
            sender.sendText(link.startMessage(meter.config().outputSampleRate()));
            boolean resumed = started.get(CONNECT.toSeconds(), TimeUnit.SECONDS);
            awaitMedia(link);
            synchronized (this) {
                if (expectResumed && !resumed) {
                    failure = "reconnected to a new call instead of the same one";
                } else if (expectResumed) {
                    reconnectsResumed++;
                }
                connected = failure == null;
            }
            return connected;
        } catch (Exception e) {
            synchronized (this) {
                failure = (expectResumed ? "reconnect failed: " : "connect failed: ") + e;
            }
            finish();
            return false;
        }
    }

    /** Waits (bounded) until the caller's voice can flow: at once on a socket, after ICE and DTLS on WebRTC. */
    private static void awaitMedia(MediaLink link) throws InterruptedException {
        long deadline = System.nanoTime() + CONNECT.toNanos();
        while (!link.ready()) {
            if (link.failure() != null) {
                throw new IllegalStateException(link.failure());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("media not flowing after " + CONNECT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }

    private synchronized void startTicking() {
        tickOrigin = System.nanoTime();
        ticks = 0;
        ticking = line.pacer().scheduleAtFixedRate(this::tick, 0, FRAME_NANOS, TimeUnit.NANOSECONDS);
    }

    private synchronized void stopTicking() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    private void tick() {
        long now = System.nanoTime();
        byte[] frame;
        MediaLink link;
        long scheduled;
        synchronized (this) {
            scheduled = tickOrigin + ticks++ * FRAME_NANOS;
            if (!connected) {
                return;
            }
            meter.tick(now);
            ScriptRunner.Action action = script.step(now, reconnectOnce && reconnectsAttempted == 0);
            switch (action) {
                case HANG_UP -> {
                    connected = false;
                    stopTicking();
                    sender.sendText("{\"type\":\"end\"}");
                    return;
                }
                case RECONNECT -> {
                    reconnectsAttempted++;
                    connected = false;
                    stopTicking();
                    meter.disconnected();
                    Thread.ofVirtual().name("caller-" + id + "-reconnect").start(this::dropAndComeBack);
                    return;
                }
                case SPEAK -> { }
            }
            byte[] next = script.nextFrame(now);
            frame = next == null ? LINE_SILENCE : next;
            link = media;
        }
        // Outside the caller's lock: a WebRTC link pushes into native code, whose playout thread reports the
        // agent's audio into this caller under that lock.
        boolean sent = link.sendFrame(frame);
        synchronized (this) {
            if (sent) {
                meter.frameSent(scheduled, now);
            } else {
                meter.frameDropped();
            }
        }
    }

    private void dropAndComeBack() {
        WebSocket old = socket;
        synchronized (this) {
            socket = null;
        }
        old.abort();
        try {
            Thread.sleep(1_000); // a network change takes a moment; well within the node's reconnect grace
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (connect(true)) {
            startTicking();
        }
    }

    /** Ends the call from outside (the step's hard deadline): the socket is cut. */
    public void abort(String why) {
        synchronized (this) {
            if (failure == null && closeCode < 0) {
                failure = why;
            }
            connected = false;
        }
        stopTicking();
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        finish();
    }

    public synchronized int id() {
        return id;
    }

    /** True from session_started until hang-up. */
    public synchronized boolean live() {
        return sessionId != null && !outcome.isDone();
    }

    public synchronized CallerMeasurements measurementsSoFar() {
        return meter.snapshot();
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        ws.request(1);
        if (ws != socket) {
            return null;
        }
        long now = System.nanoTime();
        synchronized (this) {
            partialText.append(data);
            if (!last) {
                return null;
            }
            JsonNode event = JsonHttp.JSON.readTree(partialText.toString());
            partialText.setLength(0);
            onEvent(now, event);
        }
        return null;
    }

    private void onEvent(long now, JsonNode event) {
        String type = event.path("type").asString("");
        if (!type.equals("fallback") && !type.equals("engine_error")) {
            eventCounts.merge(type, 1, Integer::sum); // those two are counted by stage below
        }
        if (event.has("seq")) {
            seenSeqs.set(event.path("seq").asInt());
        }
        switch (type) {
            case "session_started" -> {
                if (nodeOriginNanos == 0) {
                    nodeOriginNanos = now - (long) (event.path("atMs").asDouble(0) * 1e6);
                }
                started.complete(event.path("resumed").asBoolean(false));
            }
            case "agent_state" -> meter.agentState(event.path("state").asString());
            case "interruption" -> {
                String outcomeName = event.path("outcome").asString();
                interruptions.merge(outcomeName + "/" + firstClause(event.path("reason").asString()), 1,
                        Integer::sum);
                meter.interruption(now, outcomeName);
            }
            case "agent_text_generated" -> lastTurnId = event.path("turnId").asLong(-1);
            case "turn_timeline" -> timelines.put(event.path("turnId").asLong(), event);
            case "session_ended" -> endReason = event.path("reason").asString();
            case "sdp_answer", "ice_candidate" -> {
                if (media != null) {
                    media.onSignal(type, event);
                }
            }
            case "fallback", "engine_error" -> eventCounts.merge(type + "/" + event.path("stage").asString()
                    + (event.has("to") ? "->" + event.path("to").asString() : ""), 1, Integer::sum);
            default -> { }
        }
    }

    /**
     * For each answered turn, from the end of the caller's speech to the node's {@code user_speech_end} mark:
     * transport in, frame handling and the VAD noticing the silence. The node writes timeline marks on its monotonic
     * clock ({@code System.nanoTime}, CLOCK_MONOTONIC on Linux: the same clock as this caller's on one machine) or,
     * if they are smaller than the call's age, relative to the call's start (placed on this caller's clock by
     * session_started). Lags outside -0.5..30 s mean the clocks are not comparable (a node on another machine) and
     * are left out.
     */
    private java.util.List<Double> inboundLags() {
        java.util.List<Double> lags = new java.util.ArrayList<>();
        long now = System.nanoTime();
        speechEndByTurn.forEach((turnId, speechEnd) -> {
            JsonNode mark = timelines.getOrDefault(turnId, JsonHttp.JSON.createObjectNode()).path("marksMs")
                    .path("user_speech_end");
            if (!mark.isNumber() || nodeOriginNanos == 0) {
                return;
            }
            double markNanos = mark.asDouble() * 1e6;
            boolean monotonic = markNanos > now - nodeOriginNanos + 60e9;
            double lagMs = ((monotonic ? 0 : nodeOriginNanos) + markNanos - speechEnd) / 1e6;
            if (lagMs >= -500 && lagMs <= 30_000) {
                lags.add(lagMs);
            }
        });
        return lags;
    }

    /** "noise, 840 ms" -> "noise": reasons carry measurements that would split the counts. */
    static String firstClause(String reason) {
        int comma = reason.indexOf(',');
        return comma < 0 ? reason : reason.substring(0, comma);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
        ws.request(1);
        if (ws != socket) {
            return null;
        }
        long now = System.nanoTime();
        synchronized (this) {
            partialBinary += data.remaining();
            if (!last) {
                return null;
            }
            int bytes = partialBinary;
            partialBinary = 0;
            heardAgent(now, bytes);
        }
        return null;
    }

    /**
     * Agent audio reached the caller's ear: on arrival on the WebSocket plane (this caller has no jitter buffer),
     * when played out on WebRTC.
     */
    private synchronized void heardAgent(long now, int bytes) {
        boolean newReply = !meter.agentAudible(now);
        int answered = meter.voiceToVoiceMs.size();
        meter.agentAudio(now, bytes);
        if (meter.voiceToVoiceMs.size() > answered && lastTurnId >= 0) {
            // The reply's text event precedes its audio, so the latest turn id is the one now heard.
            voiceToVoiceByTurn.put(lastTurnId, meter.voiceToVoiceMs.getLast());
            speechEndByTurn.put(lastTurnId, now - (long) (meter.voiceToVoiceMs.getLast() * 1e6));
        }
        if (newReply && lastTurnId >= 0 && lastTurnId != playbackReportedFor && sender != null) {
            playbackReportedFor = lastTurnId;
            sender.sendText("{\"type\":\"playback_started\",\"turnId\":" + lastTurnId + "}");
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        if (ws == socket) {
            synchronized (this) {
                closeCode = statusCode;
                connected = false;
            }
            stopTicking();
            finish();
        }
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        if (ws == socket) {
            synchronized (this) {
                if (failure == null) {
                    failure = "socket error: " + error;
                }
                connected = false;
            }
            stopTicking();
            finish();
        }
    }

    private void finish() {
        MediaLink link;
        synchronized (this) {
            if (outcome.isDone() || finishing) {
                return;
            }
            finishing = true;
            link = media;
        }
        RtpCounters counters = link == null ? null : link.close();
        CallerOutcome result;
        synchronized (this) {
            result = new CallerOutcome(id, sessionId, refusedStatus, failure, closeCode, endReason,
                    reconnectsAttempted, reconnectsResumed, (BitSet) seenSeqs.clone(), Map.copyOf(eventCounts),
                    Map.copyOf(interruptions), java.util.List.copyOf(timelines.values()), Map.copyOf(voiceToVoiceByTurn),
                    inboundLags(), meter.snapshot(), counters);
        }
        outcome.complete(result);
    }
}
