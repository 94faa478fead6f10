package io.parley.voice.pipeline.spi;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceTextStageTests {

    @Test
    void releasesEachSentenceAsSoonAsItIsComplete() {
        SentenceTextStage stage = new SentenceTextStage();
        assertThat(stage.accept("Sure")).isEmpty();
        assertThat(stage.accept(". What")).containsExactly(ReplySentence.plain("Sure."));
        assertThat(stage.accept(" time?")).isEmpty();
        assertThat(stage.accept(" ")).containsExactly(ReplySentence.plain("What time?"));
        assertThat(stage.accept("It costs 3.50 dollars")).isEmpty();
        assertThat(stage.flush()).containsExactly(ReplySentence.plain("It costs 3.50 dollars"));
    }

    @Test
    void breaksALongSentenceAtAClause() {
        SentenceTextStage stage = new SentenceTextStage();
        List<ReplySentence> out = new ArrayList<>(stage.accept("word ".repeat(40) + "and more, then the rest "));
        assertThat(out).hasSize(1).first().satisfies(s -> assertThat(s.written()).endsWith("and more,"));
    }
}
