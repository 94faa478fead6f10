package io.parley.voice.pipeline.spi;

import io.parley.voice.settings.RealtimeSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurationInterruptionPolicyTests {

    private final InterruptionPolicy policy = new DurationInterruptionPolicy(RealtimeSettings.defaults());

    @Test
    void stopWordsInterruptAtOnce() {
        assertThat(policy.judge(120, "stop", false).kind()).isEqualTo(BargeInVerdict.Kind.INTERRUPT);
        assertThat(policy.judge(80, "Wait, that's wrong", false).kind()).isEqualTo(BargeInVerdict.Kind.INTERRUPT);
    }

    @Test
    void backchannelsNeverInterrupt() {
        assertThat(policy.judge(900, "yeah", false).kind()).isEqualTo(BargeInVerdict.Kind.WAIT);
        assertThat(policy.judge(900, "Yeah, okay.", true).kind()).isEqualTo(BargeInVerdict.Kind.IGNORE);
        assertThat(policy.judge(900, "mm-hm", true).kind()).isEqualTo(BargeInVerdict.Kind.IGNORE);
    }

    @Test
    void realSpeechInterruptsOnceLongEnoughAndWithWords() {
        assertThat(policy.judge(150, "actually I", false).kind()).isEqualTo(BargeInVerdict.Kind.WAIT);
        assertThat(policy.judge(350, "", false).kind()).isEqualTo(BargeInVerdict.Kind.WAIT);
        assertThat(policy.judge(350, "actually I wanted", false).kind()).isEqualTo(BargeInVerdict.Kind.INTERRUPT);
        assertThat(policy.judge(200, "", true).kind()).isEqualTo(BargeInVerdict.Kind.IGNORE);
    }
}
