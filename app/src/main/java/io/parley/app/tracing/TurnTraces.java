package io.parley.app.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.parley.voice.timeline.TurnTimeline;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Turns a finished turn's timeline into a trace: a {@code voice.turn} span from the first mark to the last, and one
 * child span per stage (e.g. {@code stt_final -> llm_first_token}). The stages measured nothing for this; the spans
 * are drawn afterwards from the marks, so tracing adds no work to the hot path.
 */
public final class TurnTraces {

    private final Tracer tracer;

    public TurnTraces(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * @param clockNowNanos the session clock's time now, and {@code now} the wall clock's, to place the marks
     */
    public void record(UUID sessionId, UUID deploymentId, TurnTimeline timeline, boolean overBudget,
                       long clockNowNanos, Instant now) {
        if (timeline.gaps().isEmpty()) {
            return;
        }
        long nowEpochNanos = TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        long first = Long.MAX_VALUE;
        for (Long mark : timeline.marks().values()) {
            first = Math.min(first, mark);
        }
        long offset = nowEpochNanos - clockNowNanos;
        Span turn = tracer.spanBuilder("voice.turn")
                .setStartTimestamp(first + offset, TimeUnit.NANOSECONDS)
                .setAttribute("parley.session.id", sessionId.toString())
                .setAttribute("parley.deployment.id", deploymentId.toString())
                .setAttribute("parley.turn.id", timeline.turnId())
                .setAttribute("parley.turn.voice_to_voice_ms", timeline.voiceToVoiceNanos() / 1e6)
                .setAttribute("parley.turn.over_budget", overBudget)
                .startSpan();
        Context parent = Context.root().with(turn);
        long at = first;
        for (TurnTimeline.Gap gap : timeline.gaps()) {
            tracer.spanBuilder(gap.from().wireName() + " -> " + gap.to().wireName())
                    .setParent(parent)
                    .setStartTimestamp(at + offset, TimeUnit.NANOSECONDS)
                    .startSpan()
                    .end(at + gap.nanos() + offset, TimeUnit.NANOSECONDS);
            at += gap.nanos();
        }
        turn.end(at + offset, TimeUnit.NANOSECONDS);
    }
}
