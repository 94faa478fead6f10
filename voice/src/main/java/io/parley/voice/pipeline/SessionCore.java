package io.parley.voice.pipeline;

import io.parley.voice.pipeline.event.AgentState;
import io.parley.voice.pipeline.event.InterruptionOutcome;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.pipeline.frame.DataFrame;
import io.parley.voice.pipeline.frame.Frame;
import io.parley.voice.pipeline.frame.SystemFrame;
import io.parley.voice.pipeline.frame.SystemFrame.TimerFired;
import io.parley.voice.pipeline.frame.SystemFrame.TimerKind;
import io.parley.voice.pipeline.spi.BargeInVerdict;
import io.parley.voice.pipeline.spi.InterruptionPolicy;
import io.parley.voice.pipeline.spi.TurnDetector;
import io.parley.voice.pipeline.spi.TurnSignal;
import io.parley.voice.recovery.TranscriptQuality;
import io.parley.voice.vad.VadStream;

import java.util.List;

/**
 * The call's brain, run by its actor: routes every frame, arbitrates between the caller and the agent
 * (interruptions, false interruptions, backchannels), and keeps a watchdog on dead air. Session thread only.
 */
final class SessionCore {

    private final SessionContext ctx;
    private final ReplyDriver reply;
    private final ReplyModel model;
    private final UserInput input;
    private final InterruptionPolicy policy;
    private final VadStream vad;

    /** When the caller last stopped speaking with a reply owed to them; -1 when nothing is owed. */
    private long owedSince = -1;
    private boolean watchdogSpoke;
    /** The unheard rest of an interrupted reply, kept until the interruption proves real. */
    private List<String> resumable = List.of();
    private long resumeFor = -1;
    private boolean ended;

    SessionCore(SessionContext ctx, ReplyDriver reply, ReplyModel model, TurnDetector turns,
                InterruptionPolicy policy) {
        this.ctx = ctx;
        this.reply = reply;
        this.model = model;
        reply.observeSpeaking(policy::agentStartedSpeaking, policy::agentStoppedSpeaking);
        this.policy = policy;
        this.vad = ctx.engines.vad().open();
        this.input = new UserInput(ctx, turns);
    }

    void start() {
        String greeting = ctx.agent.greeting();
        if (!greeting.isBlank()) {
            owedSince = ctx.now();
            reply.startScripted(List.of(greeting), true);
        } else {
            ctx.state(AgentState.LISTENING);
        }
    }

    boolean ended() {
        return ended;
    }

    void handle(Frame frame) {
        if (ended) {
            return;
        }
        switch (frame) {
            case DataFrame.AudioIn f -> onAudio(f.pcm());
            case DataFrame.TranscriptionPartial f -> onPartial(f);
            case DataFrame.TranscriptionFinal f -> onFinal(input.finalResult(f), f.text(), f.confidence());
            case DataFrame.LlmStreamStarted f -> model.onLlmStarted(f);
            case DataFrame.LlmTextChunk f -> model.onLlmChunk(f);
            case DataFrame.LlmToolCall f -> model.onLlmToolCall(f);
            case DataFrame.LlmCompleted f -> model.onLlmCompleted(f);
            case DataFrame.ToolResults f -> model.onToolResults(f);
            case DataFrame.TtsAudio f -> reply.onTtsAudio(f);
            case DataFrame.TtsDone f -> reply.onTtsDone(f);
            case DataFrame.EngineFailed f -> onEngineFailed(f);
            case DataFrame.AudioOut f -> { }
            case DataFrame.UserStartedSpeaking f -> { }
            case DataFrame.UserStoppedSpeaking f -> { }
            case DataFrame.EndOfTurn f -> { }
            case SystemFrame.Tick t -> onTick();
            case SystemFrame.TimerFired t -> onTimer(t);
            case SystemFrame.Interruption i -> interrupt(i.reason());
            case SystemFrame.Cancel c -> cancel(c.reason());
            case SystemFrame.PlaybackStarted p -> reply.playbackStarted(p.turnId(), p.clientNanos());
            case SystemFrame.EndSession e -> end(e.reason());
        }
    }

    private void onAudio(short[] pcm) {
        float probability = vad.speechProbability(pcm);
        for (TurnSignal signal : input.onFrame(pcm, probability, reply.speaking())) {
            switch (signal) {
                case TurnSignal.SpeechStarted s when !s.continuesTurn() -> callerSpeaks();
                case TurnSignal.TurnEnded e -> callerDone();
                default -> { }
            }
        }
        act(policy.onFrame(probability));
    }

    /** A reply still being prepared when the caller goes on talking is dropped: they were not done. */
    private void callerSpeaks() {
        if (reply.active() && !reply.turn().audioStarted) {
            long turnId = reply.turn().id;
            reply.stop(false);
            owedSince = -1;
            ctx.emit(new SessionEvent.InterruptionDecided(ctx.atMs(), turnId, InterruptionOutcome.INTERRUPTED,
                    "caller went on speaking before the reply"));
        }
    }

    private void callerDone() {
        Utterance u = input.lastEnded();
        boolean overAgent = u != null && u.overlapped && !u.interrupted && reply.speaking();
        if (u != null && !u.ignored && !overAgent) {
            owedSince = u.marks.get(io.parley.voice.timeline.TimelineMark.USER_SPEECH_END);
            watchdogSpoke = false;
            ctx.state(AgentState.THINKING);
        }
    }

    private void onPartial(DataFrame.TranscriptionPartial f) {
        if (input.partial(f)) {
            act(policy.onTranscript(f.text()));
        }
    }

    /** Carries out what the barge-in policy decided. */
    private void act(BargeInVerdict verdict) {
        Utterance u = input.current();
        switch (verdict.kind()) {
            case INTERRUPT -> {
                if (u != null) {
                    u.interrupted = true;
                }
                interrupt(verdict.reason());
            }
            case IGNORE -> {
                if (u != null && u.overlapped && !u.interrupted) {
                    u.ignored = true;
                }
                long turnId = reply.active() ? reply.turn().id : 0;
                ctx.emit(new SessionEvent.InterruptionDecided(ctx.atMs(), turnId, InterruptionOutcome.IGNORED,
                        verdict.reason()));
            }
            case RESUME -> {
                if (u != null && u.interrupted) {
                    u.ignored = true;
                    if (u == input.open()) {
                        input.discardOpen();
                    }
                }
                resume(verdict.reason());
            }
            case NONE, PENDING -> { }
        }
    }

    private void onFinal(Utterance u, String text, double confidence) {
        if (u == null) {
            return;
        }
        if (u.overlapped && !u.interrupted && !u.ignored) {
            act(policy.onTranscript(text));
        }
        if (u.ignored) {
            return;
        }
        if (u.overlapped && !u.interrupted && reply.speaking()) {
            // The policy never called it an interruption and the agent is still talking: not a turn.
            u.ignored = true;
            ctx.emit(new SessionEvent.InterruptionDecided(ctx.atMs(), reply.turn().id, InterruptionOutcome.IGNORED,
                    "not an interruption: \"" + text + "\""));
            return;
        }
        if (u.failed || TranscriptQuality.isGarbage(text, confidence, ctx.recovery.minConfidence())) {
            if (u.interrupted && !resumable.isEmpty()) {
                resume("nothing understood after the interruption");
            } else {
                ctx.fallback("stt", input.sttName(), "ask to repeat",
                        u.failed ? u.failure : "not understood: \"" + text + "\"");
                reply.speakLine(ctx.recovery.lines().repeat(), u.marks);
            }
            return;
        }
        resumable = List.of();
        if (owedSince < 0) {
            owedSince = u.marks.getOrDefault(io.parley.voice.timeline.TimelineMark.USER_SPEECH_END, ctx.now());
            watchdogSpoke = false;
        }
        model.start(reply.beginReply(text.trim(), u.marks));
    }

    private void onEngineFailed(DataFrame.EngineFailed f) {
        String reason = f.error() == null ? "failed" : String.valueOf(f.error().getMessage());
        switch (f.stage()) {
            case LLM -> model.onLlmFailed(f.id(), f.attempt(), f.engine(), reason);
            case TTS -> reply.onTtsFailed(f.id(), f.attempt(), f.engine(), reason);
            case STT -> {
                ctx.error("stt", f.engine(), f.error());
                Utterance failed = input.sttFailed(f.id(), f.attempt());
                if (failed != null) {
                    onFinal(failed, "", Double.NaN);
                }
            }
            case TOOL -> ctx.error("tool", f.engine(), f.error());
        }
    }

    private void onTimer(TimerFired t) {
        if (t.kind() == TimerKind.STT_DEADLINE) {
            Utterance late = input.sttDeadline(t.turnId(), t.attempt());
            if (late != null) {
                onFinal(late, late.lateText == null ? "" : late.lateText, Double.NaN);
            }
        } else if (t.kind() == TimerKind.LLM_DEADLINE || t.kind() == TimerKind.LLM_RETRY) {
            model.onTimer(t);
        } else {
            reply.onTimer(t);
        }
    }

    private void onTick() {
        long now = ctx.now();
        reply.onTick(now);
        if (owedSince >= 0 && reply.lastAudioEndNanos() >= owedSince) {
            owedSince = -1;
        }
        if (reply.audioPending()) {
            return;
        }
        // Silence counts from the caller's last words while a reply is owed, or from the agent's last audio
        // while its reply is still unfinished (a stalled sentence mid-reply is dead air too).
        long silentSince = owedSince;
        if (silentSince < 0 && reply.active() && reply.turn().audioStarted) {
            silentSince = reply.lastAudioEndNanos();
        }
        if (silentSince >= 0 && !watchdogSpoke && now - silentSince >= ctx.recovery.watchdogMs() * 1_000_000L) {
            // Nothing reached the caller in time: say something now, whatever the stage that is late.
            watchdogSpoke = true;
            ctx.fallback("watchdog", "-", "recovery line", "no audio for " + ctx.recovery.watchdogMs() + " ms");
            reply.speakLine(ctx.recovery.lines().deadAir());
        }
    }

    private void interrupt(String reason) {
        if (!reply.active()) {
            return;
        }
        long turnId = reply.turn().id;
        boolean heardAnything = reply.turn().audioStarted;
        List<String> unheard = reply.stop(true);
        ctx.emit(new SessionEvent.InterruptionDecided(ctx.atMs(), turnId, InterruptionOutcome.INTERRUPTED, reason));
        if (ctx.settings.resumeAfterFalseInterruption() && heardAnything && !unheard.isEmpty()) {
            resumable = unheard;
            resumeFor = turnId;
        }
    }

    private void resume(String reason) {
        List<String> lines = resumable;
        resumable = List.of();
        if (lines.isEmpty()) {
            return;
        }
        ctx.emit(new SessionEvent.InterruptionDecided(ctx.atMs(), resumeFor, InterruptionOutcome.RESUMED, reason));
        reply.startScripted(lines, true);
    }

    private void cancel(String reason) {
        if (!reply.active()) {
            return;
        }
        boolean heardAnything = reply.turn().audioStarted;
        reply.stop(false);
        if (!heardAnything) {
            // A reply cancelled before a word was heard would leave the caller waiting: re-prompt instead.
            ctx.fallback("llm", "-", "re-prompt", "reply cancelled: " + reason);
            reply.speakLine(ctx.recovery.lines().replyFailed());
        }
    }

    private void end(String reason) {
        ended = true;
        reply.stop(false);
        input.close();
        vad.close();
        ctx.emit(new SessionEvent.SessionEnded(ctx.atMs(), reason));
    }
}
