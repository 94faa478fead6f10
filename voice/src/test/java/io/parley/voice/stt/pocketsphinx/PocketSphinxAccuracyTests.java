package io.parley.voice.stt.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.engines.testing.SttProbe;
import io.parley.voice.engines.testing.WordErrorRate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word error rate of the streaming recogniser on real speech, with and without the agent's hints. Every utterance is
 * heard from the model's own cepstral mean (see ChannelAdaptation), so figures do not depend on the order utterances
 * are heard in nor on what a decoder heard before. Each figure is printed so the build log carries the numbers quoted
 * in the engine's notes.
 */
class PocketSphinxAccuracyTests {

    @Test
    void recordedSpeechIsRecognisedWithASaneErrorRate() throws Exception {
        double wer = wer(0, RecognitionCorpus.recorded(), List.of());

        assertThat(wer).isLessThan(0.35);
    }

    @Test
    void hintsLowerTheErrorRateOnExpectedPhrases() throws Exception {
        RecognitionCorpus corpus = RecognitionCorpus.synthesized();
        double plain = wer(PocketSphinxConfig.DEFAULT_HINT_WEIGHT, corpus, List.of());
        double hinted = wer(PocketSphinxConfig.DEFAULT_HINT_WEIGHT, corpus, RecognitionCorpus.BOOKING_HINTS);

        assertThat(hinted).isLessThan(plain - 0.05);
    }

    @Test
    void hintsDoNotHurtUnrelatedSpeech() throws Exception {
        RecognitionCorpus corpus = RecognitionCorpus.recorded();
        double plain = wer(PocketSphinxConfig.DEFAULT_HINT_WEIGHT, corpus, List.of());
        double hinted = wer(PocketSphinxConfig.DEFAULT_HINT_WEIGHT, corpus, RecognitionCorpus.BOOKING_HINTS);

        assertThat(hinted).isLessThanOrEqualTo(plain + 0.02);
    }

    @Test
    void aWeightOfZeroTurnsBiasingOff() throws Exception {
        RecognitionCorpus all = RecognitionCorpus.synthesized();
        RecognitionCorpus corpus = new RecognitionCorpus(all.name() + " (first 4)", all.utterances().subList(0, 4));

        assertThat(wer(0, corpus, RecognitionCorpus.BOOKING_HINTS)).isEqualTo(wer(0, corpus, List.of()));
    }

    static double wer(double hintWeight, RecognitionCorpus corpus, List<String> hints) throws Exception {
        PocketSphinxConfig config = PocketSphinxConfig.defaults().withMaxDecoders(1).withHintWeight(hintWeight);
        try (PocketSphinxStt engine = new PocketSphinxStt(config)) {
            return wer(engine, corpus, hints);
        }
    }

    static double wer(PocketSphinxStt engine, RecognitionCorpus corpus, List<String> hints) throws Exception {
        int errors = 0;
        int words = 0;
        for (RecognitionCorpus.Utterance u : corpus.utterances()) {
            String heard = SttProbe.recognize(engine, u.pcm(), hints);
            errors += WordErrorRate.errors(u.reference(), heard);
            words += WordErrorRate.words(u.reference()).size();
        }
        double wer = errors / (double) words;
        System.out.printf("WER %s%s: %.3f (%d errors / %d words)%n", corpus.name(),
                hints.isEmpty() ? "" : " with " + hints.size() + " hints", wer, errors, words);
        return wer;
    }
}
