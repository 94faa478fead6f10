package io.parley.voice.stt.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PerWordConfidenceTests {

    @Test
    void aLongClearSentenceIsNotMistakenForGarbage() {
        // A seven-word utterance with an utterance posterior of 3.5e-5 (as measured on espeak speech).
        assertThat(PocketSphinxStream.perWord(3.5e-5, "what are book a do you go"))
                .isCloseTo(0.23, within(0.01));
        assertThat(PocketSphinxStream.perWord(3.5e-5, "uh")).isEqualTo(3.5e-5);
        assertThat(PocketSphinxStream.perWord(Double.NaN, "hello")).isNaN();
        assertThat(PocketSphinxStream.perWord(0.9, "")).isEqualTo(0.9);
    }
}
