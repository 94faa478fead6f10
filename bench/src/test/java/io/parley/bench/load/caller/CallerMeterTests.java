package io.parley.bench.load.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.bench.load.caller.CallerMeter.Speech;
import org.junit.jupiter.api.Test;

/** The caller's measurements from scripted streams of what it sent and received, on a made-up clock. */
class CallerMeterTests {

    /** 20 ms of 16 kHz PCM16. */
    static final int CHUNK = 640;

    final CallerMeter meter = new CallerMeter(CallerMeter.Config.forDeadAir(7_000));

    static long at(double ms) {
        return 10_000_000_000L + (long) (ms * 1_000_000);
    }

    /** The agent's audio arriving in real time from {@code fromMs} until {@code toMs}, one chunk per 20 ms. */
    void agentSpeaks(double fromMs, double toMs) {
        for (double t = fromMs; t < toMs; t += 20) {
            meter.tick(at(t));
            meter.agentAudio(at(t), CHUNK);
        }
    }

    void quietUntil(double fromMs, double toMs) {
        for (double t = fromMs; t <= toMs; t += 20) {
            meter.tick(at(t));
        }
    }

    @Test
    void voiceToVoiceRunsFromTheEndOfTheCallersSpeechToTheFirstAgentAudio() {
        meter.speechStarted(at(0), Speech.TURN);
        meter.speechEnded(at(1_500), Speech.TURN);
        quietUntil(1_500, 2_300);
        agentSpeaks(2_320, 4_000);

        CallerMeasurements m = meter.snapshot();
        assertThat(m.voiceToVoiceMs()).singleElement().satisfies(v -> assertThat(v).isCloseTo(820, within(0.01)));
        assertThat(m.deadAirGapsMs()).containsExactlyElementsOf(m.voiceToVoiceMs());
        assertThat(m.streamGapsMs()).isEmpty();
        assertThat(m.chunksReceived()).isEqualTo(84);
    }

    @Test
    void bargeInReactionRunsFromTheInterruptionsStartToTheEndOfTheLastAgentAudio() {
        agentSpeaks(0, 1_000);
        meter.speechStarted(at(1_000), Speech.INTERRUPT);
        agentSpeaks(1_000, 1_360); // last chunk arrives at 1340 ms and plays until 1360 ms
        meter.interruption(at(1_350), "INTERRUPTED");
        quietUntil(1_360, 2_000);
        meter.speechEnded(at(2_400), Speech.INTERRUPT);
        quietUntil(2_400, 3_000);
        agentSpeaks(3_100, 3_500);

        CallerMeasurements m = meter.snapshot();
        assertThat(m.bargeInsAttempted()).isEqualTo(1);
        assertThat(m.bargeInReactionMs()).singleElement().satisfies(v -> assertThat(v).isCloseTo(360, within(0.01)));
        assertThat(m.bargeInsMissed()).isZero();
        assertThat(m.voiceToVoiceMs()).as("the answer to the interruption")
                .singleElement().satisfies(v -> assertThat(v).isCloseTo(700, within(0.01)));
        assertThat(m.streamGapsMs()).as("the agent stopping on an interruption is not a glitch").isEmpty();
    }

    @Test
    void anAgentThatTalksOnThroughAnInterruptionIsAMissedBargeInAndNoReply() {
        agentSpeaks(0, 800);
        meter.speechStarted(at(800), Speech.INTERRUPT);
        agentSpeaks(800, 2_000);
        meter.speechEnded(at(2_000), Speech.INTERRUPT);
        agentSpeaks(2_000, 6_000);

        CallerMeasurements m = meter.snapshot();
        assertThat(m.bargeInsMissed()).isEqualTo(1);
        assertThat(m.bargeInReactionMs()).isEmpty();
        assertThat(m.voiceToVoiceMs()).as("audio that never stopped is not a reply").isEmpty();

        quietUntil(6_000, 6_500);
        agentSpeaks(6_500, 7_000);
        assertThat(meter.snapshot().talkedOver()).isEqualTo(1);
        assertThat(meter.snapshot().voiceToVoiceMs()).isEmpty();
    }

    @Test
    void aBackchannelOverTheAgentIsNoBargeInAndExpectsNoReply() {
        agentSpeaks(0, 900);
        meter.speechStarted(at(900), Speech.BACKCHANNEL);
        agentSpeaks(900, 1_400);
        meter.speechEnded(at(1_400), Speech.BACKCHANNEL);
        agentSpeaks(1_400, 3_000);

        CallerMeasurements m = meter.snapshot();
        assertThat(m.bargeInsAttempted()).isZero();
        assertThat(m.voiceToVoiceMs()).isEmpty();
        assertThat(m.streamGapsMs()).isEmpty();
    }

    @Test
    void silenceLongerThanTheDeadAirTimeoutIsCounted() {
        meter.speechEnded(at(0), Speech.TURN);
        quietUntil(0, 7_500);
        agentSpeaks(7_520, 8_000);

        assertThat(meter.snapshot().deadAirGapsMs()).singleElement()
                .satisfies(v -> assertThat(v).isGreaterThanOrEqualTo(7_000));
    }

    @Test
    void aTurnThatNeverGetsAnAnswerIsNoReplyAndDeadAir() {
        meter.speechEnded(at(0), Speech.TURN);
        quietUntil(0, 22_000);

        CallerMeasurements m = meter.snapshot();
        assertThat(m.noReply()).isEqualTo(1);
        assertThat(m.deadAirGapsMs()).singleElement().satisfies(v -> assertThat(v).isGreaterThan(20_000));
        assertThat(meter.awaitingReply()).isFalse();
    }

    @Test
    void aHoleInTheAgentsAudioWithinAReplyIsAStreamGapButTheEndOfAReplyIsNot() {
        agentSpeaks(0, 1_000);
        agentSpeaks(1_100, 2_000); // the chunk of 980 ms plays until 1000, the next arrives at 1100: 100 ms of hole
        meter.agentState("LISTENING");
        quietUntil(2_000, 5_000);
        agentSpeaks(5_000, 6_000); // the agent speaks again on its own: a new reply, not a gap

        assertThat(meter.snapshot().streamGapsMs()).singleElement()
                .satisfies(v -> assertThat(v).isCloseTo(100, within(0.01)));
    }

    @Test
    void framesSentMoreThanOneFramePeriodLateAreCounted() {
        meter.frameSent(at(0), at(1));
        meter.frameSent(at(20), at(39));
        meter.frameSent(at(40), at(75));
        meter.frameDropped();

        CallerMeasurements m = meter.snapshot();
        assertThat(m.framesSent()).isEqualTo(3);
        assertThat(m.framesLateSent()).isEqualTo(1);
        assertThat(m.framesDropped()).isEqualTo(1);
        assertThat(m.maxSendLatenessMs()).isCloseTo(35, within(0.01));
    }

    @Test
    void aDroppedLineForgetsWhatWasPending() {
        meter.speechEnded(at(0), Speech.TURN);
        meter.disconnected();
        quietUntil(0, 25_000);

        assertThat(meter.snapshot().noReply()).isZero();
        assertThat(meter.agentAudible(at(25_000))).isFalse();
    }
}
