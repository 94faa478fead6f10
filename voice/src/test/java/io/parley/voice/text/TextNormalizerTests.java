package io.parley.voice.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The table in {@code spoken-forms.csv}: a written form and what the caller should hear. */
class TextNormalizerTests {

    private static final String TABLE = "spoken-forms.csv";

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, delimiter = '|', quoteCharacter = '~', ignoreLeadingAndTrailingWhitespace = true)
    void speaksWrittenFormsTheWayPeopleSayThem(String written, String spoken) {
        assertThat(TextNormalizer.normalize(written)).isEqualTo(spoken);
    }

    /** However the LLM's tokens split the text, the caller hears the same words. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, delimiter = '|', quoteCharacter = '~', ignoreLeadingAndTrailingWhitespace = true)
    void splittingTheTextAnywhereDoesNotChangeWhatIsSaid(String written, String spoken) {
        for (int cut = 0; cut <= written.length(); cut++) {
            StreamingNormalizer normalizer = TextNormalizer.streaming();
            String out = normalizer.push(written.substring(0, cut)) + normalizer.push(written.substring(cut))
                    + normalizer.finish();
            assertThat(out).as("split at %d", cut).isEqualTo(spoken);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, delimiter = '|', quoteCharacter = '~', ignoreLeadingAndTrailingWhitespace = true)
    void feedingOneCharacterAtATimeSaysTheSameAsTheWhole(String written, String spoken) {
        StreamingNormalizer normalizer = TextNormalizer.streaming();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            out.append(normalizer.push(written.substring(i, i + 1)));
        }
        out.append(normalizer.finish());
        assertThat(out).hasToString(spoken);
    }

    @org.junit.jupiter.api.Test
    void releasesFinishedWordsBeforeTheStreamEnds() {
        StreamingNormalizer normalizer = TextNormalizer.streaming();
        String early = normalizer.push("Your total is $12.50 and your code is AB12C. Thanks ");
        assertThat(early).isEqualTo("Your total is twelve dollars and fifty cents and your code is A B one two C. Thanks ");
        assertThat(normalizer.push("for calling 555-123")).isEqualTo("for calling ");
        assertThat(normalizer.push("-4567")).isEmpty();
        assertThat(normalizer.finish()).isEqualTo("five five five, one two three, four five six seven");
    }

    @org.junit.jupiter.api.Test
    void finishResetsSoOneNormalizerServesTheNextReply() {
        StreamingNormalizer normalizer = TextNormalizer.streaming();
        normalizer.push("built in");
        normalizer.finish();
        assertThat(normalizer.push("1999 ") + normalizer.finish()).isEqualTo("one thousand nine hundred ninety-nine ");
    }
}
