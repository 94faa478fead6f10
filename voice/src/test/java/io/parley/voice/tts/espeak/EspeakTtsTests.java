package io.parley.voice.tts.espeak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.voice.engines.testing.Resampler;
import io.parley.voice.engines.testing.SttProbe;
import io.parley.voice.engines.testing.TtsProbe;
import io.parley.voice.engines.testing.WordErrorRate;
import io.parley.voice.nativelib.TtsQueueFullException;
import io.parley.voice.stt.pocketsphinx.PocketSphinxConfig;
import io.parley.voice.stt.pocketsphinx.PocketSphinxStt;
import java.util.ArrayList;
import io.parley.voice.tts.TtsJob;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EspeakTtsTests {

    private static final String SENTENCE = "Your table for two is booked for seven pm.";

    private static EspeakTts tts;

    @BeforeAll
    static void open() {
        tts = new EspeakTts(EspeakConfig.defaults());
    }

    @AfterAll
    static void close() {
        tts.close();
    }

    @Test
    void speaksASentenceThatPocketsphinxUnderstands() throws Exception {
        TtsProbe probe = new TtsProbe();
        tts.synthesize(SENTENCE, "en-us", probe);
        probe.await();

        assertThat(tts.sampleRate()).isEqualTo(22_050);
        assertThat(probe.chunks).hasSizeGreaterThan(10); // streamed, not one blob
        assertThat(probe.threads).containsOnly("parley-tts-espeak-ng");
        double seconds = probe.samples() / (double) tts.sampleRate();
        assertThat(seconds).isBetween(1.5, 6.0);

        short[] pcm16k = Resampler.resample(probe.pcm(), tts.sampleRate(), 16_000);
        try (PocketSphinxStt stt = new PocketSphinxStt(PocketSphinxConfig.defaults().withMaxDecoders(1))) {
            // two earlier turns in the same voice, as in a call: pocketsphinx adapts its cepstral mean to the channel
            for (String earlier : List.of("Hello, you have reached the restaurant.", "How can I help you today?")) {
                TtsProbe turn = new TtsProbe();
                tts.synthesize(earlier, "en-us", turn);
                turn.await();
                SttProbe.recognize(stt, Resampler.resample(turn.pcm(), tts.sampleRate(), 16_000), List.of());
            }
            // the agent expects a booking confirmation, so the request carries those words as hints
            String heard = SttProbe.recognize(stt, pcm16k, List.of("table for two", "booked", "seven pm"));
            // Decoding is not bit-exact from run to run (audio reaches the decoder in chunks of varying size), so one
            // key word may slip; most of them must be heard.
            assertThat(java.util.List.of("table", "two", "booked")).filteredOn(WordErrorRate.words(heard)::contains)
                    .as("key words heard in \"%s\"", heard).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void cancelMidSentenceStopsTheChunks() throws Exception {
        TtsProbe full = new TtsProbe();
        tts.synthesize(SENTENCE, "en-us", full);
        full.await();

        // espeak-ng renders far faster than real time, so the cancel is issued from the third chunk's delivery
        // (as a barge-in can land between any two chunks); the job's lock is reentrant on the synthesis thread.
        AtomicReference<TtsJob> job = new AtomicReference<>();
        CountDownLatch queued = new CountDownLatch(1);
        AtomicInteger delivered = new AtomicInteger();
        TtsProbe probe = new TtsProbe().onChunk(chunk -> {
            if (delivered.incrementAndGet() == 3) {
                try {
                    queued.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                job.get().cancel();
            }
        });
        job.set(tts.synthesize(SENTENCE, "en-us", probe));
        queued.countDown();
        int atCancel = 3;

        // the next job is served, which proves the cancelled one has left the synthesis thread
        TtsProbe next = new TtsProbe();
        tts.synthesize("Next.", "en-us", next);
        next.await();

        assertThat(probe.chunks).hasSize(atCancel);
        assertThat(probe.samples()).isGreaterThan(0);
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
            callers.add(Thread.ofPlatform().start(() -> tts.synthesize(text, "en-us", probe)));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        for (TtsProbe probe : probes) {
            probe.await();
            assertThat(probe.samples()).isGreaterThan(tts.sampleRate()); // over a second of speech each
            assertThat(probe.threads).containsOnly("parley-tts-espeak-ng");
        }
    }

    @Test
    void aFullQueueRefusesNewSentencesAndACancelledQueuedOneNeverSpeaks() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TtsProbe blocker = new TtsProbe().onChunk(chunk -> {
            holding.countDown();
            awaitQuietly(release); // keeps the synthesis thread busy while the queue fills
        });
        tts.synthesize("Please hold.", "en-us", blocker);
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        List<TtsProbe> queued = new ArrayList<>();
        List<io.parley.voice.tts.TtsJob> jobs = new ArrayList<>();
        try {
            for (int i = 0; i < EspeakConfig.defaults().maxQueuedSentences(); i++) {
                TtsProbe probe = new TtsProbe();
                queued.add(probe);
                jobs.add(tts.synthesize("One.", "en-us", probe));
            }
            assertThatThrownBy(() -> tts.synthesize("One too many.", "en-us", new TtsProbe()))
                    .isInstanceOf(TtsQueueFullException.class).hasMessageContaining("espeak-ng");
            jobs.getFirst().cancel();
        } finally {
            release.countDown();
        }

        for (TtsProbe probe : queued.subList(1, queued.size())) {
            probe.await();
        }
        assertThat(queued.getFirst().chunks).isEmpty();
        assertThat(queued.getFirst().done).isNotDone();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anUnknownVoiceIsReportedToTheListener() {
        TtsProbe probe = new TtsProbe();
        tts.synthesize("Hello.", "no-such-voice", probe);

        assertThatThrownBy(probe::await).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-voice");
    }

    @Test
    void differentVoicesSoundDifferent() throws Exception {
        TtsProbe us = new TtsProbe();
        TtsProbe uk = new TtsProbe();
        tts.synthesize("Tomato and water.", "en-us", us);
        tts.synthesize("Tomato and water.", "en-gb", uk);
        us.await();
        uk.await();

        assertThat(us.pcm()).isNotEqualTo(uk.pcm());
    }

    @Test
    void onlyOneInstanceOwnsTheLibrary() {
        assertThatThrownBy(() -> new EspeakTts(EspeakConfig.defaults()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already owned");
    }
}
