package io.parley.voice.timeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TurnTimelineTests {

    private static final long MS = 1_000_000L;

    @Test
    void gapsAddUpExactlyToVoiceToVoiceLatency() {
        TimelineRecorder r = new TimelineRecorder(7);
        r.stamp(TimelineMark.USER_SPEECH_END, 1_000 * MS);
        r.stamp(TimelineMark.END_OF_TURN, 1_500 * MS);
        r.stamp(TimelineMark.STT_FINAL, 1_630 * MS + 17);
        r.stamp(TimelineMark.LLM_FIRST_TOKEN, 1_910 * MS);
        r.stamp(TimelineMark.FIRST_SENTENCE, 2_050 * MS + 3);
        r.stamp(TimelineMark.TTS_FIRST_AUDIO, 2_120 * MS);
        r.stamp(TimelineMark.FIRST_AUDIO_OUT, 2_140 * MS + 9);
        TurnTimeline t = r.snapshot();

        assertThat(t.gaps()).hasSize(6);
        assertThat(t.gaps().stream().mapToLong(TurnTimeline.Gap::nanos).sum())
                .isEqualTo(t.totalNanos()).isEqualTo(t.voiceToVoiceNanos()).isEqualTo(1_140 * MS + 9);
        assertThat(t.gaps().getFirst().millis()).isEqualTo(500.0);
    }

    @Test
    void aMarkReachedOutOfOrderNeverMakesANegativeGap() {
        TimelineRecorder r = new TimelineRecorder(1);
        r.stamp(TimelineMark.USER_SPEECH_END, 0);
        r.stamp(TimelineMark.FIRST_AUDIO_OUT, 900 * MS);   // a filler line played first
        r.stamp(TimelineMark.LLM_FIRST_TOKEN, 2_000 * MS);
        TurnTimeline t = r.snapshot();

        assertThat(t.gaps()).allSatisfy(g -> assertThat(g.nanos()).isNotNegative());
        assertThat(t.gaps().stream().mapToLong(TurnTimeline.Gap::nanos).sum()).isEqualTo(t.totalNanos());
    }

    @Test
    void aMarkIsStampedOnceAtItsFirstInstant() {
        TimelineRecorder r = new TimelineRecorder(1);
        assertThat(r.stamp(TimelineMark.TTS_FIRST_AUDIO, 5)).isTrue();
        assertThat(r.stamp(TimelineMark.TTS_FIRST_AUDIO, 9)).isFalse();
        assertThat(r.snapshot().marks()).containsEntry(TimelineMark.TTS_FIRST_AUDIO, 5L);
    }

    @Test
    void aGreetingHasNoUserSideAndNoVoiceToVoiceFigure() {
        TimelineRecorder r = new TimelineRecorder(1);
        r.stamp(TimelineMark.FIRST_SENTENCE, 0);
        r.stamp(TimelineMark.FIRST_AUDIO_OUT, 80 * MS);
        assertThat(r.snapshot().voiceToVoiceNanos()).isEqualTo(-1);
        assertThat(r.snapshot().totalNanos()).isEqualTo(80 * MS);
    }
}
