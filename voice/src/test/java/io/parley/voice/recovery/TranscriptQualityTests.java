package io.parley.voice.recovery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptQualityTests {

    @Test
    void emptyFillerNonWordsAndUnsureResultsAreGarbage() {
        assertThat(TranscriptQuality.isGarbage("", 0.9, 0.2)).isTrue();
        assertThat(TranscriptQuality.isGarbage("   ", Double.NaN, 0.2)).isTrue();
        assertThat(TranscriptQuality.isGarbage("uh um", 0.9, 0.2)).isTrue();
        assertThat(TranscriptQuality.isGarbage("<sil> [noise]", 0.9, 0.2)).isTrue();
        assertThat(TranscriptQuality.isGarbage("...", 0.9, 0.2)).isTrue();
        assertThat(TranscriptQuality.isGarbage("book a table", 0.1, 0.2)).isTrue();
        assertThat(TranscriptQuality.isGarbage("a suit the u", 0.0003, 0.1)).isTrue();
    }

    @Test
    void realWordsAreAnswered() {
        assertThat(TranscriptQuality.isGarbage("book a table", 0.8, 0.2)).isFalse();
        assertThat(TranscriptQuality.isGarbage("no", Double.NaN, 0.2)).isFalse();
        assertThat(TranscriptQuality.isGarbage("42", 0.9, 0.2)).isFalse();
        // A long run of real words outweighs an unsure score.
        assertThat(TranscriptQuality.isGarbage("i would like to book a table please", 0.003, 0.1)).isFalse();
    }

    @Test
    void repliesWithoutWordsAreUnspeakable() {
        assertThat(TranscriptQuality.isUnspeakable("*** {}")).isTrue();
        assertThat(TranscriptQuality.isUnspeakable("Sure.")).isFalse();
    }
}
