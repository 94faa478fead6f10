package io.parley.app.media.kurento;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON-RPC 2.0 session with a Kurento Media Server over WebSocket, as KMS 7.3 speaks it: the first request goes
 * without {@code sessionId}, the server assigns one in {@code result.sessionId} and every later request carries it;
 * results come as {@code {sessionId, value}}; events arrive as {@code onEvent} notifications without an id.
 *
 * <p>A dropped socket (KMS killed: no close frame, no answer to requests in flight) is noticed at once: pending
 * requests fail and the disconnect listener runs, rather than waiting for the request timeout.
 */
public final class KmsConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KmsConnection.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI uri;
    private final Duration requestTimeout;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Consumer<KmsEvent>> eventListeners = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Consumer<String> onDisconnect;
    /** Events and the disconnect run here, in arrival order, so listeners may call back into this connection. */
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
    private volatile String sessionId;
    private WebSocket socket;

    private KmsConnection(URI uri, Duration requestTimeout, Consumer<String> onDisconnect) {
        this.uri = uri;
        this.requestTimeout = requestTimeout;
        this.onDisconnect = onDisconnect;
    }

    /**
     * Opens a session with the KMS at {@code uri}.
     *
     * @param onDisconnect called once with a reason when the socket goes away without {@link #close()}
     * @throws KmsException when the server cannot be reached
     */
    public static KmsConnection open(URI uri, Duration requestTimeout, Consumer<String> onDisconnect) {
        KmsConnection connection = new KmsConnection(uri, requestTimeout, onDisconnect);
        try {
            connection.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(requestTimeout)
                    .buildAsync(uri, connection.new Listener())
                    .get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw KmsException.noAnswer("cannot connect to Kurento media server " + uri + ": " + rootMessage(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KmsException.noAnswer("interrupted while connecting to " + uri);
        }
        return connection;
    }

    public URI uri() {
        return uri;
    }

    public boolean isOpen() {
        return !closed.get();
    }

    /** Creates a media object; returns its id, e.g. {@code <uuid>_kurento.MediaPipeline}. */
    public String create(String type, Map<String, Object> constructorParams) {
        ObjectNode params = JSON.createObjectNode();
        params.put("type", type);
        params.set("constructorParams", JSON.valueToTree(constructorParams));
        params.set("properties", JSON.createObjectNode());
        return request("create", params).asString();
    }

    /** Invokes an operation on a media object; returns {@code result.value} (a null node for void operations). */
    public JsonNode invoke(String object, String operation, Map<String, Object> operationParams) {
        ObjectNode params = JSON.createObjectNode();
        params.put("object", object);
        params.put("operation", operation);
        if (operationParams != null && !operationParams.isEmpty()) {
            params.set("operationParams", JSON.valueToTree(operationParams));
        }
        return request("invoke", params);
    }

    /** Subscribes to an event type on an object (errors use type {@code Error}); returns the subscription id. */
    public String subscribe(String object, String eventType) {
        ObjectNode params = JSON.createObjectNode();
        params.put("type", eventType);
        params.put("object", object);
        return request("subscribe", params).asString();
    }

    /** Receives every event KMS raises on {@code object} (one listener per object). */
    public void onEvents(String object, Consumer<KmsEvent> listener) {
        eventListeners.put(object, listener);
    }

    /** Releases a media object (a pipeline takes its elements with it). Unknown ids are not an error in KMS. */
    public void release(String object) {
        eventListeners.keySet().removeIf(id -> id.equals(object) || id.startsWith(object + "/"));
        ObjectNode params = JSON.createObjectNode();
        params.put("object", object);
        request("release", params);
    }

    /** Sends one request and waits for its answer; returns {@code result.value}. */
    JsonNode request(String method, ObjectNode params) {
        if (closed.get()) {
            throw KmsException.noAnswer("the connection to Kurento media server " + uri + " is closed");
        }
        long id = ids.incrementAndGet();
        if (sessionId != null) {
            params.put("sessionId", sessionId);
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", params);
        message.put("jsonrpc", "2.0");
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (this) {
                socket.sendText(JSON.writeValueAsString(message), true).get(requestTimeout.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
            return answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof KmsException kms) {
                throw new KmsException(kms.code(), kms.type(), kms.getMessage());
            }
            throw KmsException.noAnswer(method + " to " + uri + " failed: " + rootMessage(e));
        } catch (TimeoutException e) {
            throw KmsException.noAnswer(method + " to " + uri + " got no answer within " + requestTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KmsException.noAnswer("interrupted during " + method);
        } finally {
            pending.remove(id);
        }
    }

    private void handle(String text) {
        JsonNode message = JSON.readTree(text);
        if (message.has("method") && "onEvent".equals(message.get("method").asString())) {
            JsonNode value = message.path("params").path("value");
            KmsEvent event = new KmsEvent(value.path("object").asString(), value.path("type").asString(),
                    value.path("data"));
            Consumer<KmsEvent> listener = eventListeners.get(event.object());
            if (listener != null) {
                dispatcher.execute(() -> listener.accept(event));
            }
            return;
        }
        CompletableFuture<JsonNode> answer = pending.get(message.path("id").asLong(-1));
        if (answer == null) {
            return;
        }
        JsonNode error = message.get("error");
        if (error != null && !error.isNull()) {
            answer.completeExceptionally(new KmsException(error.path("code").asInt(),
                    error.path("data").path("type").asString(null), error.path("message").asString()));
            return;
        }
        JsonNode result = message.path("result");
        if (result.hasNonNull("sessionId")) {
            sessionId = result.get("sessionId").asString();
        }
        answer.complete(result.isObject() && result.has("value") ? result.get("value") : JSON.nullNode());
    }

    private void lost(String reason) {
        if (closed.compareAndSet(false, true)) {
            log.warn("Kurento media server {} disconnected: {}", uri, reason);
            KmsException failure = KmsException.noAnswer("Kurento media server " + uri + " disconnected: " + reason);
            pending.values().forEach(answer -> answer.completeExceptionally(failure));
            dispatcher.execute(() -> onDisconnect.accept("Kurento media server " + uri + " disconnected: " + reason));
            dispatcher.shutdown();
        }
    }

    /**
     * Pings the server as the Kurento clients do ({@code ping} with the keep-alive {@code interval}). A server that
     * does not answer within the request timeout is treated as gone: a half-open socket (a host that vanished without
     * a reset) would otherwise hold its calls forever.
     */
    public void heartbeat(Duration interval) {
        ObjectNode params = JSON.createObjectNode();
        params.put("interval", interval.toMillis());
        try {
            request("ping", params);
        } catch (KmsException e) {
            if (e.code() == 0) {
                lost("no answer to ping within " + requestTimeout);
                socket.abort();
            }
        }
    }

    /** Ends the session ({@code closeSession}) and closes the socket; the disconnect listener does not run. */
    @Override
    public void close() {
        if (closed.get()) {
            return;
        }
        try {
            request("closeSession", JSON.createObjectNode());
        } catch (KmsException e) {
            log.debug("closeSession on {} failed: {}", uri, e.getMessage());
        }
        if (closed.compareAndSet(false, true)) {
            socket.abort();
            dispatcher.shutdown();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    handle(text);
                } catch (RuntimeException e) {
                    log.warn("unreadable message from Kurento media server {}: {}", uri, e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            lost("closed by the server (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            lost("connection lost (" + rootMessage(error) + ")");
        }
    }
}
