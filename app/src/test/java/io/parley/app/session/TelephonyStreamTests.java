package io.parley.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.app.ApiClient;
import io.parley.app.ParleyIntegrationTest;
import io.parley.voice.audio.G711;
import io.parley.voice.audio.Pcm16;
import io.parley.voice.audio.Resampler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** A phone call as a carrier streams it: mu-law 8 kHz JSON frames in, the agent's voice and marks back. */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelephonyStreamTests {

    @LocalServerPort
    int port;
    ApiClient api;
    ApiClient.Tenant tenant;
    String secret;
    String deploymentId;

    @BeforeAll
    void phoneLine() {
        api = new ApiClient(port);
        tenant = api.signUp("phone");
        Map<?, ?> agent = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/agents",
                tenant.token(), Map.of("name", "Phone desk", "greeting", "Hello, you have reached Parley.", "flow", ApiClient.FLOW), 201);
        Map<?, ?> deployment = api.call(HttpMethod.POST, "/v1/workspaces/" + tenant.workspaceId() + "/deployments",
                tenant.token(), Map.of("name", "Main number", "agentId", agent.get("id"), "channel", "phone"), 201);
        deploymentId = (String) deployment.get("id");
        secret = (String) api.createKey(tenant, "secret", List.of()).get("secret");
    }

    /** A carrier's side of the stream. */
    static final class Carrier implements WebSocket.Listener {
        final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        private final StringBuilder text = new StringBuilder();
        WebSocket ws;

        static Carrier connect(int port) {
            Carrier carrier = new Carrier();
            carrier.ws = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/v1/telephony/stream"), carrier).join();
            return carrier;
        }

        synchronized void send(Map<String, ?> event) {
            ws.sendText(TestCaller.JSON.writeValueAsString(event), true).join();
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                received.add(TestCaller.JSON.readValue(text.toString(), Map.class));
                text.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
            closed.complete(code);
            return null;
        }

        /** Streams {@code speech}, then line silence, in 20 ms media messages at real-time pace. */
        void stream(short[] speech) {
            AtomicInteger at = new AtomicInteger();
            pacer.scheduleAtFixedRate(() -> {
                short[] frame = new short[160];
                int from = at.getAndAdd(160);
                if (from + 160 <= speech.length) {
                    System.arraycopy(speech, from, frame, 0, 160);
                }
                send(Map.of("event", "media", "streamSid", "MZ0001", "media", Map.of("track", "inbound",
                        "payload", Base64.getEncoder().encodeToString(G711.encodeUlaw(frame)))));
            }, 0, 20, TimeUnit.MILLISECONDS);
        }

        short[] agentAudio() {
            List<short[]> chunks = new ArrayList<>();
            for (Map<String, Object> m : received) {
                if ("media".equals(m.get("event"))) {
                    chunks.add(G711.decodeUlaw(Base64.getDecoder().decode((String) ((Map<?, ?>) m.get("media")).get("payload"))));
                }
            }
            return Pcm16.concat(chunks);
        }
    }

    private Map<String, Object> start(String token, String encoding) {
        return Map.of("event", "start", "sequenceNumber", "1", "streamSid", "MZ0001",
                "start", Map.of("streamSid", "MZ0001", "callSid", "CA0001", "tracks", List.of("inbound"),
                        "customParameters", Map.of("token", token),
                        "mediaFormat", Map.of("encoding", encoding, "sampleRate", 8000, "channels", 1)));
    }

    @Test
    void aPhoneCallerHearsTheGreetingAndTheCallIsLogged() throws Exception {
        Map<?, ?> offer = api.call(HttpMethod.POST, "/v1/sessions", secret, Map.of("deploymentId", deploymentId), 201);
        Carrier carrier = Carrier.connect(port);
        carrier.send(Map.of("event", "connected", "protocol", "Call", "version", "1.0.0"));
        carrier.send(start((String) offer.get("token"), "audio/x-mulaw"));
        short[] speech = Resampler.convert(TestCaller.speech("What are your opening hours?"), 16000, 8000);
        carrier.stream(speech);
        poll(() -> hasMark(carrier) && Pcm16.rms(carrier.agentAudio()) > 0.02, Duration.ofSeconds(30),
                () -> "received " + carrier.received.size() + " messages, agent audio rms "
                        + Pcm16.rms(carrier.agentAudio()));
        carrier.send(Map.of("event", "media", "streamSid", "MZ0001", "media", Map.of("payload", "%%%not-base64")));
        Map<String, Object> mark = carrier.received.stream().filter(m -> "mark".equals(m.get("event"))).findFirst().orElseThrow();
        carrier.send(Map.of("event", "mark", "streamSid", "MZ0001", "mark", mark.get("mark")));
        carrier.send(Map.of("event", "stop", "streamSid", "MZ0001", "stop", Map.of("callSid", "CA0001")));
        assertThat(carrier.closed.get(20, TimeUnit.SECONDS)).isEqualTo(1000);
        carrier.pacer.shutdownNow();

        String path = "/v1/workspaces/" + tenant.workspaceId() + "/sessions/" + offer.get("sessionId");
        poll(() -> "COMPLETED".equals(api.call(HttpMethod.GET, path, tenant.token(), null, 200).get("outcome")),
                Duration.ofSeconds(20), () -> "session not completed");
        Map<?, ?> session = api.call(HttpMethod.GET, path, tenant.token(), null, 200);
        assertThat(session.get("transport")).isEqualTo("telephony");
        assertThat(session.get("endReason")).isEqualTo("caller_hung_up");
    }

    @Test
    void aStreamWithABadTokenOrFormatIsClosedWithAReason() throws Exception {
        Carrier forged = Carrier.connect(port);
        forged.send(start("not-a-token", "audio/x-mulaw"));
        assertThat(forged.closed.get(20, TimeUnit.SECONDS)).isEqualTo(4401);

        Map<?, ?> offer = api.call(HttpMethod.POST, "/v1/sessions", secret, Map.of("deploymentId", deploymentId), 201);
        Carrier wideband = Carrier.connect(port);
        wideband.send(start((String) offer.get("token"), "audio/l16"));
        assertThat(wideband.closed.get(20, TimeUnit.SECONDS)).isEqualTo(1003);
    }

    private static boolean hasMark(Carrier carrier) {
        return carrier.received.stream().anyMatch(m -> "mark".equals(m.get("event")));
    }

    private static void poll(java.util.function.BooleanSupplier done, Duration timeout,
                             java.util.function.Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within " + timeout + ": " + state.get());
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }
}
