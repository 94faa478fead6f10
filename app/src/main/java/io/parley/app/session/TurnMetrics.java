package io.parley.app.session;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.timeline.TurnTimeline;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads each turn's timeline into Micrometer: one histogram per stage gap and one for voice-to-voice, tagged by
 * deployment, plus turns over their latency budget. The stages measure nothing themselves; this only observes.
 */
@Component
class TurnMetrics {

    private final MeterRegistry registry;

    TurnMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(UUID deploymentId, SessionEvent.TurnTimelineReady ready) {
        String deployment = deploymentId.toString();
        TurnTimeline timeline = ready.timeline();
        for (TurnTimeline.Gap gap : timeline.gaps()) {
            timer("parley.turn.stage", deployment, gap.from().wireName() + "->" + gap.to().wireName())
                    .record(Duration.ofNanos(gap.nanos()));
        }
        if (timeline.voiceToVoiceNanos() >= 0) {
            timer("parley.turn.voice_to_voice", deployment, "total").record(Duration.ofNanos(timeline.voiceToVoiceNanos()));
        }
        if (ready.overBudget()) {
            registry.counter("parley.turn.over_budget", "deployment", deployment).increment();
        }
    }

    private Timer timer(String name, String deployment, String stage) {
        return Timer.builder(name).tag("deployment", deployment).tag("stage", stage)
                .publishPercentileHistogram().register(registry);
    }
}
