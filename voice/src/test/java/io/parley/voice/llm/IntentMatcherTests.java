package io.parley.voice.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.agent.AgentConfigs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentMatcherTests {

    private final IntentMatcher matcher = new IntentMatcher(AgentConfigs.bookingSample().flow());

    /** What speech recognition wrote (slips included) | the intent the caller meant, or - for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            i'd like to book a tabel for two               | book_table
            can i make a reservation for friday            | book_table
            i want to reserve a table                      | book_table
            um yeah i'd like a reservations please         | book_table
            do you have any tables free on saturday        | check_availability
            what are your opening ours                     | opening_hours
            are you open on sundays                        | opening_hours
            are there vegetarian options                   | dietary
            is there anything glutton free                 | dietary
            where can i park my car                        | parking
            let me talk to a human                         | speak_to_person
            i need to speak with someone                   | speak_to_person
            blue whales sing at night                      | -
            the weather is nice today                      | -
            uh                                             | -
            """)
    void findsWhatTheCallerMeantDespiteRecognitionSlips(String said, String intent) {
        IntentMatcher.Match match = matcher.best(Utterance.of(said));
        assertThat(match == null ? null : match.intent().name()).isEqualTo(intent);
    }
}
