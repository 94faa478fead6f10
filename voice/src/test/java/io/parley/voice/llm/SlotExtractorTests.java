package io.parley.voice.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.agent.AgentConfigs;
import io.parley.voice.agent.FlowDefinition.Slot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotExtractorTests {

    /** Thursday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final List<Slot> BOOKING = AgentConfigs.bookingSample().flow().intents().getFirst().slots();

    /** What the caller said first (as speech recognition writes it) | party size | date | time. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            book a table for four people on friday at 8 pm           | 4  | 2026-03-13 | 20:00
            a table for two tonight at seven thirty                  | 2  | 2026-03-12 | 7:30
            can i book for march fourteenth at noon                  | -  | 2026-03-14 | 12:00
            the twentieth at 19:30 for 3                             | 3  | 2026-03-20 | 19:30
            next tuesday at quarter to nine p m                      | -  | 2026-03-17 | 20:45
            a party of six on the 3rd of april                       | 6  | 2026-04-03 | -
            january fifth around half past six in the evening        | -  | 2027-01-05 | 18:30
            table for 2 tomorrow at 7pm                              | 2  | 2026-03-13 | 19:00
            i'd like a table                                         | -  | -          | -
            """)
    void fillsEveryUnambiguousSlotFromTheFirstSentence(String said, Integer party, String date, String time) {
        Map<String, SlotValue> found = SlotExtractor.extract(BOOKING, null, Utterance.of(said), TODAY);

        assertThat(canonical(found, "party_size")).isEqualTo(party);
        assertThat(canonical(found, "date")).isEqualTo(date);
        assertThat(canonical(found, "time")).isEqualTo(time);
        assertThat(found).doesNotContainKeys("seating", "name");
    }

    /** Slot asked for | what the caller answered | value the tool gets | how the reply says it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            party_size | twenty five                 | 25                | 25
            party_size | just me                     | 1                 | 1
            party_size | a couple of us              | 2                 | 2
            date       | saturday                    | 2026-03-14        | Saturday, March 14th
            date       | the twenty first            | 2026-03-21        | Saturday, March 21st
            time       | seven                       | 7:00              | 7:00
            time       | eight fifteen p.m.          | 20:15             | 8:15 pm
            time       | nine a m                    | 09:00             | 9 am
            seating    | um the patio i guess        | on the patio      | on the patio
            seating    | inside please               | inside            | inside
            seating    | at the baar                 | at the bar        | at the bar
            name       | my name is jo doe           | Jo Doe            | Jo Doe
            name       | it's under priya please     | Priya             | Priya
            """)
    void readsTheAnswerToTheSlotItAskedFor(String slot, String said, String canonical, String spoken) {
        Slot asked = BOOKING.stream().filter(s -> s.name().equals(slot)).findFirst().orElseThrow();

        SlotValue value = SlotExtractor.extract(List.of(asked), asked, Utterance.of(said), TODAY).get(slot);

        assertThat(value).isNotNull();
        assertThat(String.valueOf(value.canonical())).isEqualTo(canonical);
        assertThat(value.spoken()).isEqualTo(spoken);
    }

    private static Object canonical(Map<String, SlotValue> found, String name) {
        return found.containsKey(name) ? found.get(name).canonical() : null;
    }
}
