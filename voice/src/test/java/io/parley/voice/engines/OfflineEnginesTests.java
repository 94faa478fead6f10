package io.parley.voice.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.voice.agent.EngineChoice;
import io.parley.voice.engines.testing.Resampler;
import io.parley.voice.engines.testing.SttProbe;
import io.parley.voice.engines.testing.TtsProbe;
import io.parley.voice.engines.testing.WordErrorRate;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.tts.TextToSpeech;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfflineEnginesTests {

    private static OfflineEngines engines;

    @BeforeAll
    static void open() {
        engines = OfflineEngines.withDefaults();
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    @Test
    void buildsTheChosenEnginesThatWorkTogether() throws Exception {
        TextToSpeech tts = engines.textToSpeech(EngineChoice.of("flite"));
        SpeechToText stt = engines.speechToText(EngineChoice.of("pocketsphinx"));
        TtsProbe probe = new TtsProbe();
        tts.synthesize("Book a table for two.", null, probe);
        probe.await();

        String heard = SttProbe.recognize(stt, Resampler.resample(probe.pcm(), tts.sampleRate(), 16_000),
                List.of("book a table", "table for two"));

        assertThat(tts.name()).isEqualTo("flite");
        assertThat(stt.name()).isEqualTo("pocketsphinx");
        // Decoding is not bit-exact from run to run (audio reaches the decoder in chunks of varying size), so one
        // key word may slip; most of them must be heard.
        assertThat(java.util.List.of("table", "two")).filteredOn(WordErrorRate.words(heard)::contains)
                .as("key words heard in \"%s\"", heard).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void espeakIsOfferedAtItsOwnRate() throws Exception {
        TextToSpeech tts = engines.textToSpeech(new EngineChoice("espeak-ng", null));
        TtsProbe probe = new TtsProbe();
        tts.synthesize("Hello.", "en-us", probe);
        probe.await();

        assertThat(tts.sampleRate()).isEqualTo(22_050);
        assertThat(probe.samples()).isPositive();
    }

    @Test
    void sessionsShareOneEngineAndClosingTheirViewLeavesItRunning() throws Exception {
        TextToSpeech first = engines.textToSpeech(EngineChoice.of("espeak-ng"));
        first.close(); // a session ending

        TextToSpeech second = engines.textToSpeech(EngineChoice.of("espeak-ng"));
        TtsProbe probe = new TtsProbe();
        second.synthesize("Still here.", "en-us", probe);
        probe.await();

        assertThat(probe.samples()).isPositive();
    }

    @Test
    void anUnknownEngineNamesTheAllowedOnes() {
        assertThatThrownBy(() -> engines.speechToText(EngineChoice.of("whisper")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whisper").hasMessageContaining("pocketsphinx");
        assertThatThrownBy(() -> engines.textToSpeech(EngineChoice.of("polly")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("polly").hasMessageContaining("espeak-ng").hasMessageContaining("flite");
    }
}
