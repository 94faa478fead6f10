package io.parley.voice.pipeline.output;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutputPacerTests {

    private static final long MS = 1_000_000L;

    private final List<short[]> sent = new ArrayList<>();
    private final List<Integer> played = new ArrayList<>();
    private final OutputPacer pacer = new OutputPacer(new OutputPacer.Sink() {
        public void audio(short[] pcm, int sampleRate) { sent.add(pcm); }
        public void sentencePlayed(int sentence) { played.add(sentence); }
    });

    @Test
    void sendsTwentyMillisecondChunksNoFasterThanTheClock() {
        pacer.enqueue(0, new short[22_050], 22_050);   // one second
        pacer.sentenceComplete(0);
        for (long t = 0; t < 500; t += 20) {
            pacer.tick(t * MS);
        }
        assertThat(sent).hasSize(25).allSatisfy(c -> assertThat(c).hasSize(441));
        assertThat(played).isEmpty();
        for (long t = 500; t <= 1000; t += 20) {
            pacer.tick(t * MS);
        }
        assertThat(sent.stream().mapToInt(c -> c.length).sum()).isEqualTo(22_050);
        assertThat(played).containsExactly(0);
    }

    @Test
    void catchesUpAfterAStallWithoutRunningAhead() {
        pacer.enqueue(0, new short[16_000], 16_000);
        pacer.tick(0);
        pacer.tick(200 * MS);
        // 0 ms and every 20 ms up to 200 ms: 11 chunks, never more than one ahead of the clock.
        assertThat(sent).hasSize(11);
    }

    @Test
    void knowsHowMuchOfASentenceWasHeard() {
        pacer.enqueue(3, new short[16_000], 16_000);
        pacer.sentenceComplete(3);
        for (long t = 0; t < 250; t += 20) {
            pacer.tick(t * MS);
        }
        assertThat(pacer.heardFraction(3, 16_000, 0)).isCloseTo(0.26, org.assertj.core.data.Offset.offset(0.001));
        assertThat(SpokenText.heardPrefix("one two three four", 0.26)).isEqualTo("one");
    }

    @Test
    void clearDropsEverythingQueued() {
        pacer.enqueue(0, new short[16_000], 16_000);
        pacer.tick(0);
        pacer.clear();
        pacer.tick(20 * MS);
        assertThat(sent).hasSize(1);
        assertThat(pacer.isIdle()).isTrue();
        assertThat(pacer.queuedMs()).isZero();
    }

    @Test
    void aSentenceIsPlayedOnlyWhenItsLastSampleWasSent() {
        pacer.enqueue(0, new short[100], 16_000);
        pacer.enqueue(1, new short[100], 16_000);
        pacer.sentenceComplete(0);
        pacer.tick(0);
        assertThat(sent).hasSize(1).first().satisfies(c -> assertThat(c).hasSize(200));
        assertThat(played).containsExactly(0);
        pacer.sentenceComplete(1);
        assertThat(played).containsExactly(0, 1);
    }
}
