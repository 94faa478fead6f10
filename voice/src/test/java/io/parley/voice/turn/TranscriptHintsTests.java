package io.parley.voice.turn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptHintsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I want to book a table for, um               | TRAILING_FILLER
            I want to book a table for                   | TRAILING_FILLER
            my flight was cancelled and                  | TRAILING_FILLER
            I'm calling because                          | TRAILING_FILLER
            so                                           | TRAILING_FILLER
            uh                                           | TRAILING_FILLER
            the thing is,                                | TRAILING_FILLER
            could you tell me the                        | TRAILING_FILLER
            it costs twenty                              | PARTIAL_NUMBER
            about three hundred                          | PARTIAL_NUMBER
            my number is four one five                   | PARTIAL_NUMBER
            my card number is 4111 1111                  | PARTIAL_NUMBER
            my order number is 12345678                  | NEUTRAL
            a table for two                              | NEUTRAL
            I'd like it at seven                         | NEUTRAL
            what time do you close                       | COMPLETE_QUESTION
            can I change my booking                      | COMPLETE_QUESTION
            is that okay?                                | COMPLETE_QUESTION
            you are open on sundays?                     | COMPLETE_QUESTION
            how much                                     | NEUTRAL
            thank you                                    | NEUTRAL
            ''                                           | NEUTRAL
            """)
    void readsTheEndOfTheTranscript(String transcript, TranscriptHint expected) {
        assertThat(TranscriptHints.classify(transcript)).isEqualTo(expected);
    }
}
