package io.parley.voice.interruption;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.audio.TestAudio;
import io.parley.voice.interruption.BargeInDecision.Action;
import io.parley.voice.settings.PipelineMode;
import io.parley.voice.settings.RealtimeSettings;
import io.parley.voice.vad.EnergyVad;
import io.parley.voice.vad.SileroVad;
import io.parley.voice.vad.VadStream;
import io.parley.voice.vad.VoiceActivityDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BargeInPolicyTests {

    /** Web defaults: 300 ms and one word to interrupt, resume after 1.5 s of a wordless interruption. */
    static final RealtimeSettings WEB = RealtimeSettings.defaults();
    static final int LEAD_MS = 300;

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
    void aCoughWhileTheAgentSpeaksDoesNotInterrupt() {
        short[] cough = TestAudio.join(TestAudio.silence(LEAD_MS), TestAudio.cough(300, 9), TestAudio.silence(1500));

        List<BargeInDecision> withSilero = play(WEB, silero, cough, new TreeMap<>());
        List<BargeInDecision> withEnergy = play(WEB, new EnergyVad(), cough, new TreeMap<>());

        // The model does not hear it as speech; the policy still logs the loud sound it ignored.
        assertThat(withSilero).singleElement().satisfies(d -> {
            assertThat(d.action()).isEqualTo(Action.IGNORE);
            assertThat(d.reason()).isEqualTo(BargeInReason.NOISE);
        });
        assertThat(withEnergy).extracting(BargeInDecision::action).containsExactly(Action.PENDING, Action.IGNORE);
        assertThat(withEnergy.getLast().reason()).isEqualTo(BargeInReason.NOISE);
    }

    @Test
    void aDoorKnockWhileTheAgentSpeaksIsNoise() {
        short[] knock = TestAudio.join(TestAudio.silence(LEAD_MS), TestAudio.knock(5), TestAudio.silence(1500));

        List<BargeInDecision> decisions = play(WEB, silero, knock, new TreeMap<>());

        assertThat(decisions).extracting(BargeInDecision::action).containsExactly(Action.IGNORE);
        assertThat(decisions.getFirst().reason()).isEqualTo(BargeInReason.NOISE);
    }

    @Test
    void aShortBumpIsTooShort() {
        short[] bump = TestAudio.join(TestAudio.silence(LEAD_MS), TestAudio.cough(120, 2), TestAudio.silence(1500));

        List<BargeInDecision> decisions = play(WEB, new EnergyVad(), bump, new TreeMap<>());

        assertThat(decisions.getLast().action()).isEqualTo(Action.IGNORE);
        assertThat(decisions.getLast().reason()).isEqualTo(BargeInReason.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yeah", "mm-hm", "okay", "yeah, okay, got it"})
    void aBackchannelDoesNotInterrupt(String said) {
        short[] speech = TestAudio.trimmed(TestAudio.speech(said, dir));
        short[] audio = TestAudio.join(TestAudio.silence(LEAD_MS), speech, TestAudio.silence(1500));

        List<BargeInDecision> decisions = play(WEB, silero, audio, transcriptAfter(speech, said));

        assertThat(decisions).extracting(BargeInDecision::action).doesNotContain(Action.INTERRUPT);
        assertThat(decisions.getLast().action()).isEqualTo(Action.IGNORE);
        assertThat(decisions.getLast().reason()).isEqualTo(BargeInReason.BACKCHANNEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop", "wait", "no", "hold on"})
    void aStopWordInterruptsHoweverShort(String said) {
        short[] speech = TestAudio.trimmed(TestAudio.speech(said, dir));
        short[] audio = TestAudio.join(TestAudio.silence(LEAD_MS), speech, TestAudio.silence(1500));

        List<BargeInDecision> decisions = play(WEB, silero, audio, transcriptAfter(speech, said));

        BargeInDecision last = decisions.getLast();
        assertThat(last.action()).isEqualTo(Action.INTERRUPT);
        assertThat(last.reason()).isEqualTo(BargeInReason.STOP_WORD);
        assertThat(last.atMs()).isLessThanOrEqualTo(LEAD_MS + speech.length / 16 + 200);
    }

    @Test
    void realSpeechInterruptsOnceItHasLastedAndHasAWord() {
        short[] speech = TestAudio.trimmed(TestAudio.speech("Actually I need to change the date of my booking", dir));
        long speechEnd = LEAD_MS + speech.length / 16;
        TreeMap<Long, String> partials = new TreeMap<>();
        partials.put(LEAD_MS + 700L, "actually i");
        partials.put(speechEnd + 100, "actually i need to change the date of my booking");

        List<BargeInDecision> decisions = play(WEB, silero,
                TestAudio.join(TestAudio.silence(LEAD_MS), speech, TestAudio.silence(1000)), partials);

        BargeInDecision interrupt = decisions.stream().filter(d -> d.action() == Action.INTERRUPT).findFirst()
                .orElseThrow();
        assertThat(interrupt.reason()).isEqualTo(BargeInReason.SPEECH);
        assertThat(interrupt.atMs()).isBetween(LEAD_MS + 700L, LEAD_MS + 720L); // on the first partial, mid-sentence
        assertThat(interrupt.speechMs()).isGreaterThanOrEqualTo(WEB.bargeInMinDurationMs());
        assertThat(decisions).extracting(BargeInDecision::action).doesNotContain(Action.RESUME);
    }

    @Test
    void aWordlessInterruptionResumesTheAgentAfterTheTimeout() {
        RealtimeSettings durationOnly = settings(0, true);
        short[] speech = TestAudio.trimmed(TestAudio.speech("Hmm, let me see now", dir));
        long speechEnd = LEAD_MS + speech.length / 16;
        short[] audio = TestAudio.join(TestAudio.silence(LEAD_MS), speech, TestAudio.silence(2500));

        // STT recognised nothing in it.
        List<BargeInDecision> decisions = play(durationOnly, silero, audio, new TreeMap<>());
        List<BargeInDecision> noResume = play(settings(0, false), silero, audio, new TreeMap<>());

        assertThat(decisions).extracting(BargeInDecision::action)
                .containsExactly(Action.PENDING, Action.INTERRUPT, Action.RESUME);
        BargeInDecision resume = decisions.getLast();
        assertThat(resume.reason()).isEqualTo(BargeInReason.FALSE_INTERRUPTION);
        assertThat(resume.atMs()).isBetween(speechEnd + 1500, speechEnd + 1500 + 300);
        assertThat(noResume).extracting(BargeInDecision::action).containsExactly(Action.PENDING, Action.INTERRUPT);
    }

    @Test
    void aDurationOnlyInterruptionThatWasABackchannelResumes() {
        short[] speech = TestAudio.trimmed(TestAudio.speech("yeah, okay, sure, right", dir));
        short[] audio = TestAudio.join(TestAudio.silence(LEAD_MS), speech, TestAudio.silence(2500));

        List<BargeInDecision> decisions = play(settings(0, true), silero, audio,
                transcriptAfter(speech, "yeah okay sure right"));

        assertThat(decisions).extracting(BargeInDecision::action).contains(Action.INTERRUPT);
        assertThat(decisions.getLast().action()).isEqualTo(Action.RESUME);
        assertThat(decisions.getLast().reason()).isEqualTo(BargeInReason.BACKCHANNEL);
    }

    @Test
    void speechWhileTheAgentIsQuietIsNotABargeIn() {
        short[] speech = TestAudio.trimmed(TestAudio.speech("stop", dir));
        BargeInPolicy policy = new BargeInPolicy(WEB);

        List<BargeInDecision> decisions = feed(policy, silero, TestAudio.join(TestAudio.silence(LEAD_MS), speech,
                TestAudio.silence(800)), transcriptAfter(speech, "stop"));

        assertThat(decisions).isEmpty();
    }

    static TreeMap<Long, String> transcriptAfter(short[] speech, String text) {
        TreeMap<Long, String> t = new TreeMap<>();
        t.put(LEAD_MS + speech.length / 16 + 100L, text); // a final result 100 ms after the words end
        return t;
    }

    static RealtimeSettings settings(int minWords, boolean resume) {
        return new RealtimeSettings(0.5, 300, 500, 250, 3000, 300, minWords, WEB.backchannelWords(), resume, 1500,
                7000, 1200, PipelineMode.PIPELINE);
    }

    static List<BargeInDecision> play(RealtimeSettings settings, VoiceActivityDetector vad, short[] audio,
                                      TreeMap<Long, String> transcripts) {
        BargeInPolicy policy = new BargeInPolicy(settings);
        policy.agentStartedSpeaking();
        return feed(policy, vad, audio, transcripts);
    }

    /** Frames in, decisions out; each transcript is delivered at the first frame at or after its time. */
    static List<BargeInDecision> feed(BargeInPolicy policy, VoiceActivityDetector vad, short[] audio,
                                      TreeMap<Long, String> transcripts) {
        List<BargeInDecision> out = new ArrayList<>();
        long now = 0;
        try (VadStream stream = vad.open()) {
            for (short[] frame : TestAudio.frames(audio)) {
                now += 20;
                out.add(policy.onFrame(frame, stream.speechProbability(frame)));
                while (!transcripts.isEmpty() && transcripts.firstKey() <= now) {
                    out.add(policy.onTranscript(transcripts.pollFirstEntry().getValue()));
                }
            }
        }
        return out.stream().filter(d -> !d.isNone()).filter(d -> d.action() != Action.PENDING
                || d.reason() == BargeInReason.UNDECIDED && d.words().isEmpty()).toList();
    }
}
