package io.parley.voice.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import io.parley.voice.agent.AgentConfigs;
import io.parley.voice.text.SpeakableText;
import io.parley.voice.text.SpeakableText.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flow agent's streamed tokens through the text stage, as the pipeline runs them. */
class SpokenReplyTests {

    @Test
    void theFirstSentenceIsReadyForTtsLongBeforeTheLastToken() {
        FlowAgent agent = new FlowAgent(AgentConfigs.bookingSample());
        Caller.Reply reply = Caller.ask(agent, List.of(UserMessage.from("when does the kitchen close")));
        SpeakableText text = new SpeakableText();
        List<Sentence> sentences = new ArrayList<>();
        int tokensBeforeFirstSentence = -1;
        for (int i = 0; i < reply.tokens().size(); i++) {
            sentences.addAll(text.push(reply.tokens().get(i)));
            if (tokensBeforeFirstSentence < 0 && !sentences.isEmpty()) {
                tokensBeforeFirstSentence = i + 1;
            }
        }
        sentences.addAll(text.finish());

        assertThat(tokensBeforeFirstSentence).isBetween(1, reply.tokens().size() / 2);
        assertThat(sentences).extracting(Sentence::spoken).containsExactly(
                "We're open Tuesday to Sunday from five p m to eleven p m,",
                "and the kitchen takes last orders at ten fifteen p m.",
                "We're closed on Mondays.");
        assertThat(sentences.getFirst().written()).isEqualTo("We're open Tuesday to Sunday from 5 pm to 11 pm,");
    }
}
