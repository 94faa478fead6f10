package io.parley.app.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stand-in replays a real KMS 7.3.0 recording: each request the Java client sent (object and session ids mapped
 * to the stand-in's) gets the answer KMS gave - the same error code, message and type, or a result of the same shape.
 */
class KmsStandInTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern IDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}(_kurento\\.\\w+)?(/[0-9a-f]{8}-[0-9a-f-]{27}_kurento\\.\\w+)?");

    @Test
    void answersTheRecordedErrorScenarioAsKurentoDid() throws Exception {
        List<JsonNode> liveEvents = replay("/kurento/scenario3a-errors.jsonl", Set.of());
        List<JsonNode> recordedEvents = fixture("/kurento/scenario3a-errors.jsonl").stream()
                .filter(line -> "s2c".equals(line.path("dir").asString()) && !line.path("msg").has("id"))
                .map(line -> line.path("msg")).toList();

        assertThat(liveEvents).hasSameSizeAs(recordedEvents);
        JsonNode error = liveEvents.getFirst().path("params").path("value");
        JsonNode recordedError = recordedEvents.getFirst().path("params").path("value");
        assertThat(error.path("type")).isEqualTo(recordedError.path("type"));
        assertThat(error.path("data").path("type")).isEqualTo(recordedError.path("data").path("type"));
        assertThat(error.path("data").path("errorCode")).isEqualTo(recordedError.path("data").path("errorCode"));
        assertThat(error.path("data").path("timestampMillis").isString()).isTrue();
    }

    /** Scenario 2's call set-up, trickle and release; media queries (stats, flow state) need media it does not do. */
    @Test
    void answersTheRecordedCallAsKurentoDidUpToTheMediaQueries() throws Exception {
        List<JsonNode> liveEvents = replay("/kurento/scenario2-webrtc-audio-call-rtp-pcmu.jsonl",
                Set.of("isMediaFlowingIn", "isMediaFlowingOut", "isMediaTranscoding", "getStats",
                        "getConnectionState", "getICECandidatePairs"));

        assertThat(liveEvents).extracting(e -> e.path("params").path("value").path("type").asString())
                .contains("IceCandidateFound", "IceGatheringDone");
    }

    /** Sends the recording's requests in order and checks each answer; returns the events received. */
    private static List<JsonNode> replay(String resource, Set<String> skippedOperations) throws Exception {
        List<JsonNode> lines = fixture(resource);
        Map<Long, JsonNode> recordedAnswers = new LinkedHashMap<>();
        for (JsonNode line : lines) {
            JsonNode msg = line.path("msg");
            if ("s2c".equals(line.path("dir").asString()) && msg.has("id")) {
                recordedAnswers.put(msg.get("id").asLong(), msg);
            }
        }
        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        Map<String, String> liveIds = new LinkedHashMap<>();
        List<JsonNode> liveEvents = new ArrayList<>();
        try (KmsStandIn kms = new KmsStandIn()) {
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(kms.uri(), new Collector(received)).get(10, TimeUnit.SECONDS);
            for (JsonNode line : lines) {
                if (!"c2s".equals(line.path("dir").asString())) {
                    continue;
                }
                long id = line.path("msg").path("id").asLong();
                if (skippedOperations.contains(line.path("msg").path("params").path("operation").asString())) {
                    continue;
                }
                socket.sendText(mapIds(JSON.writeValueAsString(line.path("msg")), liveIds), true).get();
                JsonNode live = awaitAnswer(received, id, liveEvents);
                JsonNode recorded = recordedAnswers.get(id);
                learnIds(recorded, live, liveIds);
                String request = line.path("msg").path("method").asString() + " #" + id;
                if (recorded.has("error")) {
                    JsonNode expected = JSON.readTree(mapIds(JSON.writeValueAsString(recorded.get("error")), liveIds));
                    assertThat(live.get("error")).as(request).isEqualTo(expected);
                    assertThat(live.has("result")).as(request).isFalse();
                } else {
                    assertThat(live.has("error")).as(request + ": " + live).isFalse();
                    assertThat(shape(live.get("result"))).as(request).isEqualTo(shape(recorded.get("result")));
                }
            }
            socket.abort();
        }
        return liveEvents;
    }

    /** Field names and JSON types (ids replaced by their kind), which is what a client depends on. */
    private static String shape(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("{");
            node.properties().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.append(e.getKey()).append(':').append(shape(e.getValue())).append(','));
            return out.append('}').toString();
        }
        if (node.isString()) {
            Matcher m = Pattern.compile("_kurento\\.(\\w+)$").matcher(node.asString());
            return m.find() ? "id:" + m.group(1) : "string";
        }
        return node.getNodeType().toString();
    }

    private static void learnIds(JsonNode recorded, JsonNode live, Map<String, String> liveIds) {
        JsonNode recordedResult = recorded.path("result");
        JsonNode liveResult = live.path("result");
        for (String field : List.of("sessionId", "value")) {
            if (recordedResult.path(field).isString() && liveResult.path(field).isString()
                    && IDS.matcher(recordedResult.path(field).asString()).matches()) {
                liveIds.put(recordedResult.path(field).asString(), liveResult.path(field).asString());
            }
        }
    }

    private static String mapIds(String text, Map<String, String> liveIds) {
        String mapped = text;
        for (Map.Entry<String, String> id : liveIds.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList()) {
            mapped = mapped.replace(id.getKey(), id.getValue());
        }
        return mapped;
    }

    private static JsonNode awaitAnswer(BlockingQueue<JsonNode> received, long id, List<JsonNode> events)
            throws InterruptedException {
        while (true) {
            JsonNode message = received.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("answer to request %d", id).isNotNull();
            if (!message.has("id")) {
                events.add(message);
            } else if (message.get("id").asLong() == id) {
                return message;
            }
        }
    }

    private static List<JsonNode> fixture(String resource) throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                KmsStandInTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines().map(JSON::readTree).toList();
        }
    }

    private record Collector(BlockingQueue<JsonNode> received) implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            received.add(JSON.readTree(data.toString()));
            webSocket.request(1);
            return null;
        }
    }
}
