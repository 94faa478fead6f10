package io.parley.voice.stt.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.AgentConfigs;
import io.parley.voice.engines.testing.Poll;
import io.parley.voice.engines.testing.Speech;
import io.parley.voice.engines.testing.SttProbe;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A pooled decoder serves utterances of many calls. Whatever the call before left behind (an utterance cut off by a
 * hang-up, another voice and level, other hints), the next caller must be heard exactly as a new decoder hears them.
 */
class PooledDecoderTests {

    private static final int SAMPLES_PER_MS = 16;
    /** Loading a decoder and decoding a few seconds takes a second or two, far longer on a machine shared by builds. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void aDecoderLeftMidUtteranceByAHangUpHearsTheNextCallerAsANewDecoderWould() throws Exception {
        short[] bookATable = asTurn(Speech.espeak16k("Book a table.", "en-us"));
        SttRequest booking = new SttRequest("en-US", flowHints(AgentConfigs.bookingSample()));

        SttProbe fresh;
        try (PocketSphinxStt stt = singleDecoder()) {
            fresh = heard(stt, booking, bookATable);
        }

        try (PocketSphinxStt stt = singleDecoder()) {
            // The call before: a louder caller repeating herself (a looping microphone), no hints, gone mid-sentence.
            SttProbe previous = new SttProbe();
            SttStream hungUp = stt.open(new SttRequest("en-US", List.of()), previous);
            SttProbe.feed(hungUp, louder(loop(Speech.espeak16k("Hello there.", "en-us"), 4), 3));
            assertThat(Poll.until(() -> previous.partials.size() >= 3, PATIENCE))
                    .as("the decoder heard the previous caller").isTrue();
            hungUp.close();

            SttProbe reused = heardOnceFree(stt, booking, bookATable);

            assertThat(stt.decodersCreated()).as("the same decoder served both calls").isEqualTo(1);
            assertThat(fresh.fin.get()).as("a new decoder's transcript").isNotBlank();
            assertThat(reused.fin.get()).isEqualTo(fresh.fin.get());
            assertThat(reused.confidence).isEqualTo(fresh.confidence);
        }
    }

    @Test
    void howTheAudioIsSplitIntoFramesDoesNotChangeWhatIsHeard() {
        short[] bookATable = asTurn(Speech.espeak16k("Book a table.", "en-us"));
        List<List<String>> hints = HintLanguageModel.phrases(flowHints(AgentConfigs.bookingSample()));
        try (PocketSphinxDecoder decoder = PocketSphinxDecoder.create(PocketSphinxModel.locateEnglish())) {
            String twentyMs = decode(decoder, bookATable, hints, 320);
            double twentyMsConfidence = decoder.confidence();
            String thirtyMs = decode(decoder, bookATable, hints, 480);
            double thirtyMsConfidence = decoder.confidence();
            String whole = decode(decoder, bookATable, hints, bookATable.length);

            assertThat(twentyMs).isNotBlank();
            assertThat(List.of(thirtyMs, whole)).containsOnly(twentyMs);
            assertThat(List.of(thirtyMsConfidence, decoder.confidence())).containsOnly(twentyMsConfidence);
        }
    }

    private static String decode(PocketSphinxDecoder decoder, short[] pcm, List<List<String>> hints, int frame) {
        decoder.bias(hints, PocketSphinxConfig.DEFAULT_HINT_WEIGHT);
        decoder.start();
        for (int offset = 0; offset < pcm.length; offset += frame) {
            decoder.process(Arrays.copyOfRange(pcm, offset, Math.min(pcm.length, offset + frame)));
        }
        decoder.end();
        return decoder.hypothesis();
    }

    private static PocketSphinxStt singleDecoder() {
        return new PocketSphinxStt(PocketSphinxConfig.defaults().withMaxDecoders(1));
    }

    private static SttProbe heard(PocketSphinxStt stt, SttRequest request, short[] pcm) throws Exception {
        SttProbe probe = new SttProbe();
        return heard(stt.open(request, probe), probe, pcm);
    }

    private static SttProbe heard(SttStream stream, SttProbe probe, short[] pcm) throws Exception {
        try (stream) {
            SttProbe.feed(stream, pcm);
            stream.finish();
            probe.fin.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return probe;
        }
    }

    /** Opens as soon as the hung-up stream has given its decoder back (the pool holds one). */
    private static SttProbe heardOnceFree(PocketSphinxStt stt, SttRequest request, short[] pcm) throws Exception {
        SttProbe probe = new SttProbe();
        AtomicReference<SttStream> stream = new AtomicReference<>();
        assertThat(Poll.until(() -> {
            try {
                stream.set(stt.open(request, probe));
                return true;
            } catch (SttCapacityExceededException busy) {
                return false;
            }
        }, PATIENCE)).as("the decoder came back to the pool").isTrue();
        return heard(stream.get(), probe, pcm);
    }

    /** What the turn detector hands the recogniser: 300 ms of line silence before the speech, 700 ms after. */
    private static short[] asTurn(short[] speech) {
        short[] out = new short[(300 + 700) * SAMPLES_PER_MS + speech.length];
        System.arraycopy(speech, 0, out, 300 * SAMPLES_PER_MS, speech.length);
        return out;
    }

    private static short[] loop(short[] pcm, int times) {
        short[] out = new short[pcm.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(pcm, 0, out, i * pcm.length, pcm.length);
        }
        return out;
    }

    private static short[] louder(short[] pcm, double gain) {
        short[] out = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = (short) Math.clamp(Math.round(pcm[i] * gain), Short.MIN_VALUE, Short.MAX_VALUE);
        }
        return out;
    }

    /** The phrases a flow agent biases recognition towards: its intents' examples and slot values. */
    private static List<String> flowHints(AgentConfig agent) {
        Set<String> hints = new LinkedHashSet<>();
        for (var intent : agent.flow().intents()) {
            hints.addAll(intent.examples());
            intent.slots().forEach(slot -> hints.addAll(slot.values()));
        }
        return List.copyOf(hints);
    }
}
