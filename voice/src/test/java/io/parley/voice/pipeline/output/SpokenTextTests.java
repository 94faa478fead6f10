package io.parley.voice.pipeline.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpokenTextTests {

    @Test
    void countsAWordOnceHalfOfItWasHeard() {
        String s = "The mains are pasta, fish and steak.";
        assertThat(SpokenText.heardPrefix(s, 0)).isEmpty();
        assertThat(SpokenText.heardPrefix(s, 0.5)).isEqualTo("The mains are pasta,");
        assertThat(SpokenText.heardPrefix(s, 1)).isEqualTo(s);
        assertThat(SpokenText.remainder(s, "The mains are pasta,")).isEqualTo("fish and steak.");
    }
}
