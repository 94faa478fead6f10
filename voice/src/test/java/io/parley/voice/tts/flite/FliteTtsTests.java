package io.parley.voice.tts.flite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.voice.engines.testing.SttProbe;
import io.parley.voice.engines.testing.TtsProbe;
import io.parley.voice.engines.testing.WordErrorRate;
import io.parley.voice.stt.pocketsphinx.PocketSphinxConfig;
import io.parley.voice.stt.pocketsphinx.PocketSphinxStt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FliteTtsTests {

    private static final String SENTENCE = "Your table for two is booked for seven pm.";

    private static FliteTts tts;

    @BeforeAll
    static void open() {
        tts = new FliteTts(FliteConfig.defaults());
    }

    @AfterAll
    static void close() {
        tts.close();
    }

    @Test
    void speaksASentenceThatPocketsphinxUnderstands() throws Exception {
        TtsProbe probe = new TtsProbe();
        tts.synthesize(SENTENCE, "slt", probe);
        probe.await();

        assertThat(probe.chunks).hasSizeGreaterThan(10);
        assertThat(probe.threads).containsOnly("parley-tts-flite");
        assertThat(probe.samples() / (double) tts.sampleRate()).isBetween(1.5, 6.0);

        try (PocketSphinxStt stt = new PocketSphinxStt(PocketSphinxConfig.defaults().withMaxDecoders(1))) {
            // two earlier turns in the same voice, as in a call: pocketsphinx adapts its cepstral mean to the channel
            for (String earlier : List.of("Hello, you have reached the restaurant.", "How can I help you today?")) {
                TtsProbe turn = new TtsProbe();
                tts.synthesize(earlier, "slt", turn);
                turn.await();
                SttProbe.recognize(stt, turn.pcm(), List.of());
            }
            String heard = SttProbe.recognize(stt, probe.pcm(), List.of("table for two", "booked", "seven pm"));
            // Decoding is not bit-exact from run to run (audio reaches the decoder in chunks of varying size), so one
            // key word may slip; most of them must be heard.
            assertThat(java.util.List.of("table", "two", "seven")).filteredOn(WordErrorRate.words(heard)::contains)
                    .as("key words heard in \"%s\"", heard).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void cancelMidSentenceStopsTheChunks() throws Exception {
        TtsProbe full = new TtsProbe();
        tts.synthesize(SENTENCE, "slt", full);
        full.await();

        CountDownLatch started = new CountDownLatch(3);
        TtsProbe probe = new TtsProbe().onChunk(chunk -> started.countDown());
        var job = tts.synthesize(SENTENCE, "slt", probe);
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        job.cancel();
        int atCancel = probe.chunks.size();

        TtsProbe next = new TtsProbe();
        tts.synthesize("Next.", "slt", next);
        next.await();

        assertThat(probe.chunks).hasSize(atCancel);
        assertThat(probe.samples()).isLessThan(full.samples() / 2);
        assertThat(probe.done).isNotDone();
    }

    @Test
    void concurrentRequestsAreAllServedOneAtATime() throws Exception {
        List<TtsProbe> probes = new ArrayList<>();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TtsProbe probe = new TtsProbe();
            probes.add(probe);
            String text = "Caller number " + (i + 1) + " is on the line.";
            String voice = i % 2 == 0 ? "slt" : "kal16";
            callers.add(Thread.ofPlatform().start(() -> tts.synthesize(text, voice, probe)));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        for (TtsProbe probe : probes) {
            probe.await();
            assertThat(probe.samples()).isGreaterThan(tts.sampleRate());
            assertThat(probe.threads).containsOnly("parley-tts-flite");
        }
    }

    @Test
    void anUnknownVoiceIsReportedToTheListener() {
        TtsProbe probe = new TtsProbe();
        tts.synthesize("Hello.", "hal9000", probe);

        assertThatThrownBy(probe::await).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hal9000");
    }
}
