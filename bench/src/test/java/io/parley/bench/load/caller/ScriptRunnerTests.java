package io.parley.bench.load.caller;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bench.load.audio.Clip;
import io.parley.bench.load.caller.CallerMeter.Speech;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A caller walking its script against a made-up agent, frame by frame on a made-up clock. */
class ScriptRunnerTests {

    static Clip clip(String name, int frames) {
        return new Clip(name, Collections.nCopies(frames, new byte[640]));
    }

    final Clip backchannel = clip("mm-hm", 10);
    final Clip question = clip("question", 50);
    final Clip interruption = clip("interruption", 40);
    final CallerScript script = new CallerScript(List.of(new Move(Speech.BACKCHANNEL, backchannel, 600)),
            List.of(new Move(Speech.TURN, question, 0), new Move(Speech.INTERRUPT, interruption, 800)));
    final CallerMeter meter = new CallerMeter(CallerMeter.Config.forDeadAir(7_000));
    final List<String> said = new ArrayList<>();
    long now = 1_000_000_000L;

    /** Runs {@code ms} of the call: the agent speaks whenever {@code agentSpeaks} says so. */
    ScriptRunner.Action run(ScriptRunner runner, int ms, java.util.function.LongPredicate agentSpeaks) {
        for (int t = 0; t < ms; t += 20, now += 20_000_000L) {
            meter.tick(now);
            ScriptRunner.Action action = runner.step(now, true);
            if (action != ScriptRunner.Action.SPEAK) {
                return action;
            }
            if (agentSpeaks.test(now)) {
                meter.agentAudio(now, 640);
            }
            byte[] frame = runner.nextFrame(now);
            if (frame != null) {
                String what = currentClip(runner);
                if (said.isEmpty() || !said.getLast().equals(what)) {
                    said.add(what);
                }
            }
        }
        return ScriptRunner.Action.SPEAK;
    }

    private String currentClip(ScriptRunner runner) {
        return runner.speakingName();
    }

    @Test
    void theCallerBackchannelsOverTheGreetingAsksWhenItEndsAndInterruptsTheAnswer() {
        ScriptRunner runner = new ScriptRunner(script, meter, Long.MAX_VALUE);
        long greetingEnds = now + 3_000_000_000L;
        run(runner, 5_000, t -> t < greetingEnds);
        assertThat(said).containsExactly("mm-hm", "question");

        long answerStarts = now + 400_000_000L;
        run(runner, 3_000, t -> t >= answerStarts);
        assertThat(said).containsExactly("mm-hm", "question", "interruption");
        assertThat(meter.snapshot().voiceToVoiceMs()).hasSize(1);
        assertThat(meter.snapshot().bargeInsAttempted()).isEqualTo(1);
    }

    @Test
    void aReplyTooShortToTalkOverSkipsTheMoveAndTheCallGoesOn() {
        ScriptRunner runner = new ScriptRunner(script, meter, Long.MAX_VALUE);
        long greetingEnds = now + 300_000_000L; // shorter than the 600 ms the backchannel waits for
        run(runner, 3_000, t -> t < greetingEnds);

        assertThat(runner.overlaysSkipped).isEqualTo(1);
        assertThat(said).containsExactly("question");
    }

    @Test
    void pastItsHangUpTimeTheCallerHangsUpOnceTheAgentIsDone() {
        ScriptRunner runner = new ScriptRunner(script, meter, now + 1_000_000_000L);
        long greetingEnds = now + 2_000_000_000L;

        ScriptRunner.Action last = run(runner, 10_000, t -> t < greetingEnds);

        assertThat(last).isEqualTo(ScriptRunner.Action.HANG_UP);
        assertThat((now - greetingEnds) / 1_000_000).as("waited for the greeting to end")
                .isBetween((long) ScriptRunner.REPLY_OVER_MS, (long) ScriptRunner.REPLY_OVER_MS + 100);
    }

    @Test
    void aCallerThatMayReconnectDropsTheLineAfterItsFirstLoop() {
        ScriptRunner runner = new ScriptRunner(script, meter, Long.MAX_VALUE);
        long greetingEnds = now + 2_000_000_000L;
        run(runner, 4_000, t -> t < greetingEnds);
        long answer = now + 300_000_000L;
        // The agent yields 400 ms into the interruption (said 800 ms into its answer) and answers it 800 ms after
        // the interruption's 800 ms of speech.
        ScriptRunner.Action action = run(runner, 20_000, t -> (t >= answer && t < answer + 1_200_000_000L)
                || (t >= answer + 2_400_000_000L && t < answer + 4_400_000_000L));

        assertThat(said).containsExactly("mm-hm", "question", "interruption");
        assertThat(action).isEqualTo(ScriptRunner.Action.RECONNECT);
        assertThat(meter.snapshot().voiceToVoiceMs()).as("the question's answer and the interruption's").hasSize(2);
    }
}
