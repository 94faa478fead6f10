package io.parley.voice.simulator;

import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.timeline.TimelineMark;
import io.parley.voice.timeline.TurnTimeline;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/** One session event as one JSON object: {@code type}, {@code atMs}, then the event's own fields. */
final class EventJson {

    private final JsonMapper mapper;
    private final long originNanos;

    /** @param originNanos session-clock time of the call's start; timeline marks are reported relative to it */
    EventJson(JsonMapper mapper, long originNanos) {
        this.mapper = mapper;
        this.originNanos = originNanos;
    }

    String line(SessionEvent event) {
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
        return mapper.writeValueAsString(node);
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
