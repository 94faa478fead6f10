package io.parley.voice.stt.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.voice.engines.testing.Poll;
import io.parley.voice.engines.testing.Speech;
import io.parley.voice.engines.testing.SttProbe;
import io.parley.voice.engines.testing.Wav;
import io.parley.voice.engines.testing.WordErrorRate;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PocketSphinxSttTests {

    private static final SttRequest ENGLISH = new SttRequest("en-US", List.of());

    @Test
    void partialsArriveWhileAudioFlowsAndTheFinalAfterFinish() throws Exception {
        Wav wav = Wav.read(RecognitionCorpus.TESTDATA.resolve(
                "librivox/sense_and_sensibility_01_austen_64kb-0870.wav"));
        try (PocketSphinxStt stt = new PocketSphinxStt(PocketSphinxConfig.defaults().withMaxDecoders(1))) {
            SttProbe probe = new SttProbe();
            SttStream stream = stt.open(ENGLISH, probe);
            SttProbe.feed(stream, wav.samples());

            assertThat(Poll.until(() -> !probe.partials.isEmpty(), Duration.ofSeconds(60))).isTrue();
            assertThat(probe.fin).isNotDone(); // nothing final before the caller says the utterance ended

            stream.finish();
            String text = probe.fin.get(60, TimeUnit.SECONDS);
            assertThat(WordErrorRate.words(text)).contains("john", "leisure", "consider", "power");
            assertThat(WordErrorRate.errors("and mister john dashwood had then leisure to consider how much "
                    + "there might be prudently in his power to do for them", text)).isLessThanOrEqualTo(9); // of 23 words
            assertThat(probe.threads).allMatch(name -> name.startsWith("parley-stt-pocketsphinx-"));
            assertThat(probe.confidence).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aKnownUtteranceRecognisesItsKeyWords() throws Exception {
        short[] pcm = Speech.espeak16k("book a table for two", "en-us");
        try (PocketSphinxStt stt = new PocketSphinxStt(PocketSphinxConfig.defaults().withMaxDecoders(1))) {
            String text = SttProbe.recognize(stt, pcm, List.of("book a table", "table for two", "table for four"));

            // Offline recognition of synthetic speech is imperfect (WER ~0.4 with hints), so one key word may slip;
            // most of them must be heard.
            assertThat(java.util.List.of("book", "table", "two")).filteredOn(WordErrorRate.words(text)::contains)
                    .as("key words heard in \"%s\"", text).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aFullPoolSaysSoAndFreesUpWhenAStreamEnds() throws Exception {
        try (PocketSphinxStt stt = new PocketSphinxStt(PocketSphinxConfig.defaults().withMaxDecoders(2))) {
            assertThat(stt.decodersCreated()).isZero(); // created on demand, not up front
            SttStream first = stt.open(ENGLISH, new SttProbe());
            SttStream second = stt.open(ENGLISH, new SttProbe());

            assertThatThrownBy(() -> stt.open(ENGLISH, new SttProbe()))
                    .isInstanceOf(SttCapacityExceededException.class).hasMessageContaining("All 2");

            first.close();
            second.close();
            assertThat(Poll.until(() -> opens(stt), Duration.ofSeconds(60))).isTrue();
            assertThat(stt.decodersCreated()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aClosedStreamDeliversNoResultAndReturnsItsDecoder() throws Exception {
        try (PocketSphinxStt stt = new PocketSphinxStt(PocketSphinxConfig.defaults().withMaxDecoders(1))) {
            SttProbe dropped = new SttProbe();
            SttStream stream = stt.open(ENGLISH, dropped);
            SttProbe.feed(stream, Speech.espeak16k("never mind", "en-us"));
            stream.close();

            SttProbe next = new SttProbe();
            assertThat(Poll.until(() -> opensWith(stt, next), Duration.ofSeconds(60))).isTrue();
            assertThat(dropped.fin).isNotDone();
            assertThatThrownBy(() -> stream.accept(new short[320])).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void audioFasterThanTheDecoderCanTakeIsReportedAsOverload() throws Exception {
        PocketSphinxConfig config = new PocketSphinxConfig(PocketSphinxModel.locateEnglish(), 1, 200, 200, 0.5);
        try (PocketSphinxStt stt = new PocketSphinxStt(config)) {
            SttProbe probe = new SttProbe();
            SttStream stream = stt.open(ENGLISH, probe);
            SttProbe.feed(stream, new short[16_000 * 5]); // five seconds in a burst; the decoder is still loading

            assertThatThrownBy(() -> probe.fin.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("overloaded");
            stream.close();
        }
    }

    @Test
    void onlyEnglishIsOffered() {
        try (PocketSphinxStt stt = new PocketSphinxStt(PocketSphinxConfig.defaults())) {
            assertThatThrownBy(() -> stt.open(new SttRequest("de-DE", List.of()), new SttProbe()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("de-DE");
        }
    }

    @Test
    void aMissingModelNamesWhereItLooked() {
        System.setProperty(PocketSphinxModel.OVERRIDE_PROPERTY, "/nonexistent/parley-model");
        try {
            assertThatThrownBy(PocketSphinxModel::locateEnglish).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("/nonexistent/parley-model").hasMessageContaining("pocketsphinx-en-us");
        } finally {
            System.clearProperty(PocketSphinxModel.OVERRIDE_PROPERTY);
        }
    }

    private static boolean opens(PocketSphinxStt stt) {
        return opensWith(stt, new SttProbe());
    }

    private static boolean opensWith(PocketSphinxStt stt, SttProbe probe) {
        try {
            stt.open(ENGLISH, probe).close();
            return true;
        } catch (SttCapacityExceededException busy) {
            return false;
        }
    }
}
