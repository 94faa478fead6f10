package io.parley.app.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.parley.voice.timeline.TimelineMark;
import io.parley.voice.timeline.TurnTimeline;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TurnTracesTests {

    @Test
    void aTurnBecomesATraceWithOneSpanPerStageThatAddsUp() {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        try (SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()) {
            Map<TimelineMark, Long> marks = new EnumMap<>(TimelineMark.class);
            long ms = 1_000_000;
            marks.put(TimelineMark.USER_SPEECH_END, 1_000 * ms);
            marks.put(TimelineMark.END_OF_TURN, 1_500 * ms);
            marks.put(TimelineMark.STT_FINAL, 1_700 * ms);
            marks.put(TimelineMark.LLM_FIRST_TOKEN, 1_750 * ms);
            marks.put(TimelineMark.FIRST_SENTENCE, 1_760 * ms);
            marks.put(TimelineMark.TTS_FIRST_AUDIO, 1_800 * ms);
            marks.put(TimelineMark.FIRST_AUDIO_OUT, 1_820 * ms);
            Instant now = Instant.parse("2026-11-22T10:00:00Z");

            new TurnTraces(provider.get("test")).record(UUID.randomUUID(), UUID.randomUUID(),
                    new TurnTimeline(7, marks), false, 2_000 * ms, now);

            List<SpanData> spans = exporter.getFinishedSpanItems();
            SpanData turn = spans.stream().filter(s -> s.getName().equals("voice.turn")).findFirst().orElseThrow();
            List<SpanData> stages = spans.stream().filter(s -> s != turn).toList();
            assertThat(stages).extracting(SpanData::getName).containsExactly("user_speech_end -> end_of_turn",
                    "end_of_turn -> stt_final", "stt_final -> llm_first_token", "llm_first_token -> first_sentence",
                    "first_sentence -> tts_first_audio", "tts_first_audio -> first_audio_out");
            assertThat(stages).allSatisfy(s -> assertThat(s.getParentSpanId()).isEqualTo(turn.getSpanId()));
            assertThat(stages.stream().mapToLong(s -> s.getEndEpochNanos() - s.getStartEpochNanos()).sum())
                    .isEqualTo(turn.getEndEpochNanos() - turn.getStartEpochNanos())
                    .isEqualTo(820 * ms);
            // The turn ended 180 ms before "now" on the session clock, so it ends 180 ms before now on the wall.
            long nowNanos = now.getEpochSecond() * 1_000_000_000L;
            assertThat(turn.getEndEpochNanos()).isEqualTo(nowNanos - 180 * ms);
            assertThat(turn.getAttributes().asMap().toString()).contains("parley.turn.id=7");
        }
    }
}
