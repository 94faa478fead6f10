package io.parley.voice.pipeline.wire;

import io.parley.voice.pipeline.event.SessionEvent;

import io.parley.voice.timeline.TimelineMark;
import io.parley.voice.timeline.TurnTimeline;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * One session event as one JSON object: {@code type}, {@code atMs}, then the event's own fields. The same shape goes
 * to the simulator's JSON Lines, the session WebSocket and the interaction log, so all three read alike.
 */
public final class SessionEventJson {

    private final JsonMapper mapper;
    private final long originNanos;

    /** @param originNanos session-clock time of the call's start; timeline marks are reported relative to it */
    public SessionEventJson(JsonMapper mapper, long originNanos) {
        this.mapper = mapper;
        this.originNanos = originNanos;
    }

    /** The same writer for a call whose clock started at {@code originNanos}. */
    public SessionEventJson withOrigin(long originNanos) {
        return new SessionEventJson(mapper, originNanos);
    }

    public String line(SessionEvent event) {
        return mapper.writeValueAsString(node(event));
    }

    /** The event as a JSON tree, for callers that add fields (e.g. a sequence number). */
    public ObjectNode node(SessionEvent event) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", event.type());
        if (event instanceof SessionEvent.TurnTimelineReady ready) {
            node.put("atMs", ready.atMs());
            timeline(node, ready.timeline());
            node.put("budgetMs", ready.budgetMs());
            node.put("overBudget", ready.overBudget());
        } else {
            ObjectNode fields = mapper.valueToTree(event);
            node.setAll(fields);
        }
        return node;
    }

    private void timeline(ObjectNode node, TurnTimeline t) {
        node.put("turnId", t.turnId());
        ObjectNode marks = node.putObject("marksMs");
        for (Map.Entry<TimelineMark, Long> e : t.marks().entrySet()) {
            marks.put(e.getKey().wireName(), (e.getValue() - originNanos) / 1e6);
        }
        ObjectNode gaps = node.putObject("gapsMs");
        for (TurnTimeline.Gap gap : t.gaps()) {
            gaps.put(gap.from().wireName() + "->" + gap.to().wireName(), gap.millis());
        }
        node.put("totalMs", t.totalNanos() / 1e6);
        node.put("voiceToVoiceMs", t.voiceToVoiceNanos() < 0 ? -1 : t.voiceToVoiceNanos() / 1e6);
    }
}
