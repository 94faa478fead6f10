package io.parley.voice.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceChunkerTests {

    @Test
    void releasesTheFirstSentenceAsSoonAsItIsComplete() {
        SentenceChunker chunker = new SentenceChunker();
        assertThat(chunker.push("Sure")).isEmpty();
        assertThat(chunker.push(", I can help")).isEmpty();
        assertThat(chunker.push(".")).isEmpty();
        assertThat(chunker.push(" What")).containsExactly("Sure, I can help.");
        assertThat(chunker.push(" time works? ")).containsExactly("What time works?");
        assertThat(chunker.finish()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Dr. Lee will see you at noon.",
            "Bring something light, e.g. a salad or soup.",
            "The tasting menu is $12.50 per person.",
            "It is about 3.5 miles from the station.",
            "We ship anywhere in the U.S. for free.",
            "Write to jo.doe@example.com with any questions.",
            "The menu is at https://parley.io/menu.html for you.",
            "Ask for J. R. Smith at the desk.",
            "Doors open at 9 a.m. every day.",
            "Wow!!! That's great."})
    void doesNotEndASentenceInsideAbbreviationsNumbersOrAddresses(String text) {
        List<String> chunks = chunkTokenByToken(new SentenceChunker(), text + " Next one.");
        assertThat(chunks.getFirst()).isEqualTo(text.startsWith("Wow") ? "Wow!!!" : text);
    }

    @Test
    void endsAtAnAbbreviationWhenTheNextSentenceStartsWithACapital() {
        assertThat(chunkTokenByToken(new SentenceChunker(), "We open at 9 a.m. See you then."))
                .containsExactly("We open at 9 a.m.", "See you then.");
    }

    @Test
    void releasesALongClauseAtACommaButKeepsShortOnesTogether() {
        SentenceChunker chunker = new SentenceChunker(new ChunkerSettings(30, 40, 200));
        List<String> chunks = chunkTokenByToken(chunker, "Yes, we do. We have a table by the window for four people, "
                + "and another one on the patio, if you prefer fresh air.");
        assertThat(chunks).containsExactly("Yes, we do.", "We have a table by the window for four people,",
                "and another one on the patio, if you prefer fresh air.");
    }

    @Test
    void theFirstChunkOfAReplyIsReleasedEarlierThanTheRest() {
        SentenceChunker chunker = new SentenceChunker(new ChunkerSettings(20, 200, 300));
        List<String> chunks = chunkTokenByToken(chunker, "Let me check that for you, it will only take a moment, "
                + "and then I will read you the options, one by one.");
        assertThat(chunks).containsExactly("Let me check that for you,",
                "it will only take a moment, and then I will read you the options, one by one.");
    }

    @Test
    void cutsRunOnTextWithoutPunctuationAtASpace() {
        SentenceChunker chunker = new SentenceChunker(new ChunkerSettings(10, 10, 30));
        List<String> chunks = chunkTokenByToken(chunker, "one two three four five six seven eight nine ten eleven");
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(30));
        assertThat(String.join(" ", chunks)).isEqualTo("one two three four five six seven eight nine ten eleven");
        assertThat(chunks).hasSizeGreaterThan(1);
    }

    @Test
    void listItemsOnTheirOwnLinesAreSeparateChunks() {
        assertThat(chunkTokenByToken(new SentenceChunker(), "Tonight we have:\n1. Risotto\n2. Sea bass\n"))
                .containsExactly("Tonight we have:", "1. Risotto", "2. Sea bass");
    }

    @Test
    void flushesTheUnfinishedRestAtTheEndOfTheStream() {
        SentenceChunker chunker = new SentenceChunker();
        assertThat(chunker.push("Your code is AB12C. Thanks for calling")).containsExactly("Your code is AB12C.");
        assertThat(chunker.finish()).containsExactly("Thanks for calling");
        assertThat(chunker.push("Next reply. ")).containsExactly("Next reply.");
    }

    @Test
    void tokenBoundariesDoNotChangeTheChunks() {
        String reply = "Great, Dr. Smith! Your table for 4 on March 14th is booked; the deposit is $12.50. "
                + "We'll email jo.doe@example.com shortly, and text 555-123-4567 too. Anything else?";
        SentenceChunker once = new SentenceChunker();
        List<String> expected = new ArrayList<>(once.push(reply));
        expected.addAll(once.finish());
        for (int size = 1; size <= 7; size++) {
            SentenceChunker chunker = new SentenceChunker();
            List<String> chunks = new ArrayList<>();
            for (int i = 0; i < reply.length(); i += size) {
                chunks.addAll(chunker.push(reply.substring(i, Math.min(reply.length(), i + size))));
            }
            chunks.addAll(chunker.finish());
            assertThat(chunks).as("tokens of %d chars", size).isEqualTo(expected);
        }
        assertThat(expected).containsExactly("Great, Dr. Smith!",
                "Your table for 4 on March 14th is booked; the deposit is $12.50.",
                "We'll email jo.doe@example.com shortly, and text 555-123-4567 too.", "Anything else?");
    }

    private static List<String> chunkTokenByToken(SentenceChunker chunker, String text) {
        List<String> chunks = new ArrayList<>();
        for (String token : text.split("(?<= )|(?=[,.!?])")) {
            chunks.addAll(chunker.push(token));
        }
        chunks.addAll(chunker.finish());
        return chunks;
    }
}
