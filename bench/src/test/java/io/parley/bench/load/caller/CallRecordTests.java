package io.parley.bench.load.caller;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bench.load.node.JsonHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CallRecordTests {

    private final CallRecord record = new CallRecord();

    @Test
    void eventsAreKeptByNumberTypeAndTurnForTheAuditAndTheStageFigures() {
        long t0 = 5_000_000_000L;
        record.event(t0, json("{\"type\":\"session_started\",\"atMs\":0}"));
        record.event(t0, json("{\"type\":\"agent_text_generated\",\"turnId\":1,\"seq\":1}"));
        record.event(t0, json("{\"type\":\"interruption\",\"outcome\":\"IGNORED\",\"reason\":\"noise, 840 ms\",\"seq\":2}"));
        record.event(t0, json("{\"type\":\"fallback\",\"stage\":\"stt\",\"to\":\"pocketsphinx\",\"seq\":3}"));
        record.event(t0, json("{\"type\":\"agent_text_generated\",\"turnId\":2,\"seq\":5}"));
        // The caller stopped speaking at 1.0 s on its clock; the node marked user_speech_end at 1.05 s call time.
        record.event(t0, json("{\"type\":\"turn_timeline\",\"turnId\":2,\"marksMs\":{\"user_speech_end\":1050}}"));
        record.answered(t0 + 1_900_000_000L, 900);
        record.event(t0, json("{\"type\":\"session_ended\",\"reason\":\"client_ended\",\"seq\":6}"));

        CallerOutcome outcome = record.outcome(7, "s", 0, null, 1000, 0, 0, null, null);

        assertThat(outcome.seenSeqs().stream()).containsExactly(1, 2, 3, 5, 6);
        assertThat(outcome.interruptions()).containsExactly(java.util.Map.entry("IGNORED/noise", 1));
        assertThat(outcome.eventCounts()).containsEntry("fallback/stt->pocketsphinx", 1)
                .containsEntry("agent_text_generated", 2).doesNotContainKey("fallback");
        assertThat(outcome.voiceToVoiceByTurn()).containsExactly(java.util.Map.entry(2L, 900.0));
        assertThat(outcome.inboundLagsMs()).singleElement().satisfies(lag -> assertThat(lag).isCloseTo(50.0,
                org.assertj.core.data.Offset.offset(0.001)));
        assertThat(outcome.endReason()).isEqualTo("client_ended");
    }

    private static JsonNode json(String text) {
        return JsonHttp.JSON.readTree(text);
    }
}
