package io.parley.voice.interruption;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.settings.RealtimeSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterruptionWordsTests {

    static final InterruptionWords WORDS = new InterruptionWords(InterruptionWords.DEFAULT_STOP_PHRASES,
            RealtimeSettings.defaults().backchannelWords());

    @ParameterizedTest(name = "\"{0}\": stop={1} backchannel={2} content={3}")
    @CsvSource(delimiter = '|', textBlock = """
            stop                              | true  | false | 1
            oh wait                           | true  | false | 2
            no no no                          | true  | false | 3
            hold on a second                  | true  | false | 4
            hang on                           | true  | false | 2
            I know                            | false | false | 2
            no problem                        | false | false | 2
            could you make it wait            | false | false | 5
            yeah                              | false | true  | 0
            mm-hm                             | false | true  | 0
            mm hm okay                        | false | true  | 0
            uh-huh got it                     | false | true  | 0
            yeah but I wanted the other one   | false | false | 6
            actually I need to change it      | false | false | 6
            ''                                | false | false | 0
            """)
    void readsWhatTheUserSaidOverTheAgent(String said, boolean stop, boolean backchannel, int contentWords) {
        var words = InterruptionWords.words(said);

        assertThat(WORDS.hasStopPhrase(words)).isEqualTo(stop);
        assertThat(WORDS.onlyBackchannel(words)).isEqualTo(backchannel);
        assertThat(WORDS.contentWords(words)).hasSize(contentWords);
    }
}
