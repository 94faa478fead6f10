package io.parley.bench.load.caller;

import io.parley.bench.load.node.JsonHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
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
    private final CallRecord record = new CallRecord();
    private final StringBuilder partialText = new StringBuilder();
    private final CompletableFuture<CallerOutcome> outcome = new CompletableFuture<>();
    private int partialBinary;
    private boolean finishing;

    private String sessionId;
    private String url;
    private int refusedStatus;
    private String failure;
    private int closeCode = -1;
    private int reconnectsAttempted;
    private int reconnectsResumed;
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
        JsonNode event;
        String type;
        MediaLink link;
        synchronized (this) {
            partialText.append(data);
            if (!last) {
                return null;
            }
            event = JsonHttp.JSON.readTree(partialText.toString());
            partialText.setLength(0);
            type = onEvent(now, event);
            link = media;
        }
        if (link != null && (type.equals("sdp_answer") || type.equals("ice_candidate"))) {
            // Outside the caller's lock: applying the answer attaches the agent's track, whose playout thread
            // reports audio into this caller under that lock.
            link.onSignal(type, event);
        }
        return null;
    }

    private String onEvent(long now, JsonNode event) {
        String type = record.event(now, event);
        switch (type) {
            case "session_started" -> started.complete(event.path("resumed").asBoolean(false));
            case "agent_state" -> meter.agentState(event.path("state").asString());
            case "interruption" -> meter.interruption(now, event.path("outcome").asString());
            default -> { }
        }
        return type;
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
        if (meter.voiceToVoiceMs.size() > answered) {
            record.answered(now, meter.voiceToVoiceMs.getLast());
        }
        long lastTurnId = record.lastTurnId();
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
            result = record.outcome(id, sessionId, refusedStatus, failure, closeCode, reconnectsAttempted,
                    reconnectsResumed, meter.snapshot(), counters);
        }
        outcome.complete(result);
    }
}
