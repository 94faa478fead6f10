package io.parley.voice.pipeline.spi;

import io.parley.voice.settings.RealtimeSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SilenceTurnDetectorTests {

    private final TurnDetector detector = new SilenceTurnDetector(RealtimeSettings.defaults());
    private final List<TurnSignal> signals = new ArrayList<>();

    private void feed(long ms, boolean voiced) {
        for (long t = 0; t < ms; t += 20) {
            signals.addAll(detector.onFrame(new short[320], voiced ? 0.9f : 0.1f));
        }
    }

    @Test
    void aTurnEndsAfterTheConfiguredSilenceAndStartsWithItsPrefix() {
        feed(400, false);
        feed(600, true);
        feed(600, false);

        assertThat(signals).hasSize(3);
        TurnSignal.SpeechStarted started = (TurnSignal.SpeechStarted) signals.get(0);
        assertThat(started.speechStartMs()).isEqualTo(400);
        // 300 ms of prefix padding plus the first voiced frame go to the recogniser.
        assertThat(started.audio()).hasSize(320 * 16);
        assertThat(signals.get(1)).isEqualTo(new TurnSignal.SpeechPaused(1000));
        assertThat(signals.get(2)).isEqualTo(new TurnSignal.TurnEnded(1000));
    }

    @Test
    void aShortSoundIsDiscarded() {
        feed(100, true);
        feed(600, false);
        assertThat(signals.getLast()).isInstanceOf(TurnSignal.Discarded.class);
        assertThat(signals).noneMatch(TurnSignal.TurnEnded.class::isInstance);
    }

    @Test
    void aPauseShorterThanTheSilenceKeepsTheTurnOpen() {
        feed(600, true);
        feed(300, false);
        feed(600, true);
        feed(600, false);
        assertThat(signals).filteredOn(TurnSignal.TurnEnded.class::isInstance).singleElement()
                .isEqualTo(new TurnSignal.TurnEnded(1500));
    }
}
