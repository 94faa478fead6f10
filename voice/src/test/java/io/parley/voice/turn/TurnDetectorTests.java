package io.parley.voice.turn;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.audio.TestAudio;
import io.parley.voice.settings.PipelineMode;
import io.parley.voice.settings.RealtimeSettings;
import io.parley.voice.turn.TurnEvent.EndOfTurn;
import io.parley.voice.turn.TurnEvent.SpeechDiscarded;
import io.parley.voice.turn.TurnEvent.SpeechEnded;
import io.parley.voice.turn.TurnEvent.SpeechStarted;
import io.parley.voice.vad.EnergyVad;
import io.parley.voice.vad.SileroVad;
import io.parley.voice.vad.VadStream;
import io.parley.voice.vad.VoiceActivityDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TurnDetectorTests {

    static final RealtimeSettings WEB = RealtimeSettings.defaults(); // 0.5, 300 ms padding, 500 ms silence, 250 ms min

    static SileroVad silero;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        silero = SileroVad.create();
    }

    @AfterAll
    static void close() {
        silero.close();
    }

    @Test
    void endsTheTurnAfterTheConfiguredSilence() {
        short[] speech = TestAudio.trimmed(TestAudio.speech("I would like to book a table for two", dir));
        long speechEnd = 400 + speech.length / 16;

        List<TurnEvent> events = run(WEB, silero, TestAudio.join(TestAudio.silence(400), speech,
                TestAudio.silence(1500)), ms -> "I would like to book a table for two");

        SpeechStarted start = (SpeechStarted) events.getFirst();
        assertThat(start.continuesTurn()).isFalse();
        assertThat(start.speechStartMs()).isBetween(380L, 520L);
        assertThat(start.audio()).hasSize((int) (300 + start.atMs() - start.speechStartMs()) * 16);
        EndOfTurn end = only(events, EndOfTurn.class);
        assertThat(end.reason()).isEqualTo(EndOfTurn.Reason.SILENCE);
        assertThat(end.silenceMs()).isBetween(500L, 520L);
        assertThat(end.speechEndMs()).isBetween(speechEnd - 150, speechEnd + 150);
        assertThat(events.getLast()).isSameAs(end);
    }

    @Test
    void waitsLongerWhenTheUserTrailsOffOnUm() {
        short[] speech = TestAudio.trimmed(TestAudio.speech("I want to book a table for, um", dir));
        short[] audio = TestAudio.join(TestAudio.silence(300), speech, TestAudio.silence(2500));

        EndOfTurn hesitant = only(run(WEB, silero, audio, ms -> "I want to book a table for, um"), EndOfTurn.class);
        EndOfTurn plain = only(run(WEB, silero, audio, ms -> ""), EndOfTurn.class);

        assertThat(hesitant.hint()).isEqualTo(TranscriptHint.TRAILING_FILLER);
        assertThat(hesitant.reason()).isEqualTo(EndOfTurn.Reason.INCOMPLETE_TIMEOUT);
        assertThat(hesitant.silenceMs()).isBetween(1300L, 1320L);
        assertThat(plain.silenceMs()).isBetween(500L, 520L);
    }

    @Test
    void aUserWhoGoesOnAfterTheUmKeepsTheTurn() {
        short[] first = TestAudio.trimmed(TestAudio.speech("I want to book a table for, um", dir));
        short[] second = TestAudio.trimmed(TestAudio.speech("four people at eight", dir));
        long resumeAt = 300 + first.length / 16 + 900;
        short[] audio = TestAudio.join(TestAudio.silence(300), first, TestAudio.silence(900), second,
                TestAudio.silence(1500));

        List<TurnEvent> events = run(WEB, silero, audio,
                ms -> ms < resumeAt ? "I want to book a table for, um" : "I want to book a table for um four people at eight");

        assertThat(events).filteredOn(e -> e instanceof SpeechStarted s && s.continuesTurn()).isNotEmpty();
        EndOfTurn end = only(events, EndOfTurn.class);
        assertThat(end.atMs()).isGreaterThan(resumeAt + second.length / 16);
        assertThat(end.reason()).isEqualTo(EndOfTurn.Reason.SILENCE);
    }

    @Test
    void endsTheTurnSoonerAfterACompleteQuestion() {
        short[] speech = TestAudio.trimmed(TestAudio.speech("What time do you close tonight", dir));

        EndOfTurn end = only(run(WEB, silero, TestAudio.join(TestAudio.silence(300), speech, TestAudio.silence(1500)),
                ms -> "what time do you close tonight"), EndOfTurn.class);

        assertThat(end.reason()).isEqualTo(EndOfTurn.Reason.QUESTION_COMPLETE);
        assertThat(end.silenceMs()).isBetween(300L, 320L);
    }

    @Test
    void neverWaitsLongerThanMaxWait() {
        short[] speech = TestAudio.trimmed(TestAudio.speech("My phone number is four one five", dir));
        short[] audio = TestAudio.join(TestAudio.silence(300), speech, TestAudio.silence(5000));

        EndOfTurn hinted = only(run(with(500, 800), silero, audio, ms -> "my phone number is four one five"),
                EndOfTurn.class);
        EndOfTurn patient = only(run(with(4000, 1000), silero, audio, ms -> ""), EndOfTurn.class);

        assertThat(hinted.hint()).isEqualTo(TranscriptHint.PARTIAL_NUMBER);
        assertThat(hinted.reason()).isEqualTo(EndOfTurn.Reason.MAX_WAIT);
        assertThat(hinted.silenceMs()).isBetween(800L, 820L);
        assertThat(patient.reason()).isEqualTo(EndOfTurn.Reason.MAX_WAIT);
        assertThat(patient.silenceMs()).isBetween(1000L, 1020L);
    }

    @Test
    void aCoughShorterThanMinSpeechOpensNoTurn() {
        short[] audio = TestAudio.join(TestAudio.silence(300), TestAudio.cough(160, 4), TestAudio.silence(1000));
        EnergyVad energy = new EnergyVad(); // hears the cough as loud sound, so only min speech can reject it

        TurnDetector detector = new TurnDetector(WEB);
        List<TurnEvent> events = run(detector, energy.open(), audio, ms -> "");

        assertThat(events).singleElement().isInstanceOf(SpeechDiscarded.class);
        assertThat(detector.turnOpen()).isFalse();
        assertThat(run(WEB, silero, audio, ms -> "")).isEmpty();
    }

    static RealtimeSettings with(int silenceToEndTurnMs, int maxWaitMs) {
        return new RealtimeSettings(0.5, 300, silenceToEndTurnMs, 250, maxWaitMs, 300, 1, List.of("yeah"), true,
                1500, 7000, 1200, PipelineMode.PIPELINE);
    }

    static List<TurnEvent> run(RealtimeSettings settings, VoiceActivityDetector vad, short[] audio,
                               LongFunction<String> transcriptAt) {
        try (VadStream stream = vad.open()) {
            return run(new TurnDetector(settings), stream, audio, transcriptAt);
        }
    }

    /** Feeds the audio frame by frame; the transcript "arrives" whenever speech pauses, as an STT partial would. */
    static List<TurnEvent> run(TurnDetector detector, VadStream stream, short[] audio,
                               LongFunction<String> transcriptAt) {
        List<TurnEvent> events = new ArrayList<>();
        for (short[] frame : TestAudio.frames(audio)) {
            List<TurnEvent> now = detector.onFrame(frame, stream.speechProbability(frame));
            for (TurnEvent e : now) {
                if (e instanceof SpeechEnded) {
                    detector.onTranscript(transcriptAt.apply(e.atMs()));
                }
            }
            events.addAll(now);
        }
        return events;
    }

    static <T extends TurnEvent> T only(List<TurnEvent> events, Class<T> type) {
        assertThat(events).filteredOn(type::isInstance).hasSize(1);
        return events.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
