package io.parley.voice.pipeline.spi;

import io.parley.voice.pipeline.spi.BargeInVerdict.Kind;
import io.parley.voice.settings.RealtimeSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DurationInterruptionPolicyTests {

    private final InterruptionPolicy policy = new DurationInterruptionPolicy(RealtimeSettings.defaults());

    @BeforeEach
    void agentTalks() {
        policy.agentStartedSpeaking();
    }

    /** Feeds {@code ms} of sound (or silence) and returns the non-trivial verdicts. */
    private List<BargeInVerdict> frames(long ms, boolean voiced) {
        List<BargeInVerdict> out = new ArrayList<>();
        for (long t = 0; t < ms; t += 20) {
            BargeInVerdict v = policy.onFrame(voiced ? 0.9f : 0.05f);
            if (v.kind() != Kind.NONE) {
                out.add(v);
            }
        }
        return out;
    }

    @Test
    void aStopWordInterruptsAtOnce() {
        assertThat(frames(100, true)).extracting(BargeInVerdict::kind).containsExactly(Kind.PENDING);
        assertThat(policy.onTranscript("stop").kind()).isEqualTo(Kind.INTERRUPT);
    }

    @Test
    void aBackchannelIsIgnoredWhenTheSoundEnds() {
        frames(400, true);
        assertThat(policy.onTranscript("Yeah, okay.").kind()).isEqualTo(Kind.NONE);
        assertThat(frames(300, false)).extracting(BargeInVerdict::kind).containsExactly(Kind.IGNORE);
    }

    @Test
    void aCoughIsIgnored() {
        frames(80, true);
        assertThat(frames(300, false)).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Kind.IGNORE);
            assertThat(v.reason()).contains("noise");
        });
    }

    @Test
    void realSpeechInterruptsOnceLongEnoughAndWithWords() {
        frames(200, true);
        assertThat(policy.onTranscript("actually I").kind()).isEqualTo(Kind.NONE);
        assertThat(frames(120, true)).extracting(BargeInVerdict::kind).containsExactly(Kind.INTERRUPT);
    }

    @Test
    void anInterruptionWithoutWordsTurnsOutFalseAndResumes() {
        InterruptionPolicy durationOnly = new DurationInterruptionPolicy(new RealtimeSettings(0.5, 300, 500, 250,
                3000, 300, 0, List.of("yeah"), true, 1000, 7000, 1200, io.parley.voice.settings.PipelineMode.PIPELINE));
        durationOnly.agentStartedSpeaking();
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            kinds.add(durationOnly.onFrame(0.9f).kind());
        }
        for (int i = 0; i < 60; i++) {
            kinds.add(durationOnly.onFrame(0.0f).kind());
        }
        assertThat(kinds.stream().filter(k -> k != Kind.NONE).toList())
                .containsExactly(Kind.PENDING, Kind.INTERRUPT, Kind.RESUME);
    }

    @Test
    void nothingIsJudgedWhileTheAgentIsQuiet() {
        policy.agentStoppedSpeaking();
        assertThat(frames(1000, true)).isEmpty();
        assertThat(policy.onTranscript("stop").kind()).isEqualTo(Kind.NONE);
    }
}
