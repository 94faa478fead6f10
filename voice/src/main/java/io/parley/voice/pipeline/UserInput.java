package io.parley.voice.pipeline;

import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.pipeline.frame.DataFrame;
import io.parley.voice.pipeline.frame.SystemFrame.TimerFired;
import io.parley.voice.pipeline.frame.SystemFrame.TimerKind;
import io.parley.voice.pipeline.spi.TurnDetector;
import io.parley.voice.pipeline.spi.TurnSignal;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.timeline.TimelineMark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's side: turn detection on every frame, the prefix audio the detector hands over so the first syllable reaches the recogniser,
 * one recognition stream per utterance, the final-transcript deadline and the switch to a fallback recogniser
 * (replaying the utterance's audio). Session thread only.
 */
final class UserInput {

    private final SessionContext ctx;
    private final TurnDetector turns;
    private final Map<Long, Utterance> awaiting = new HashMap<>();
    private final SttRequest request;
    private long utteranceSeq;
    /** Frame time: milliseconds of caller audio seen, the clock turn detectors reason in. */
    private long frameMs;
    private Utterance open;
    private Utterance lastEnded;

    UserInput(SessionContext ctx, TurnDetector turns) {
        this.ctx = ctx;
        this.turns = turns;
        this.request = new SttRequest(ctx.agent.language(), SttHints.of(ctx.agent));
    }

    /**
     * Feeds one 20 ms frame to the turn detector and, while an utterance is open, to its recogniser. Returns the
     * detector's decisions.
     */
    List<TurnSignal> onFrame(short[] pcm, float probability, boolean agentAudible) {
        frameMs += 20;
        List<TurnSignal> signals = turns.onFrame(pcm, probability);
        boolean fed = false;
        for (TurnSignal signal : signals) {
            switch (signal) {
                case TurnSignal.SpeechStarted s -> {
                    if (open == null) {
                        startUtterance(nanosAt(s.speechStartMs()), agentAudible);
                        open.feed(s.audio().length > 0 ? s.audio() : pcm);
                        fed = true;
                    }
                }
                case TurnSignal.TurnEnded e -> {
                    if (open != null && !fed) {
                        open.feed(pcm);
                    }
                    fed = true;
                    endUtterance(nanosAt(e.speechEndMs()));
                }
                case TurnSignal.Discarded d -> {
                    discardOpen();
                    fed = true;
                }
                case TurnSignal.SpeechPaused p -> { }
            }
        }
        if (!fed && open != null) {
            open.feed(pcm);
        }
        return signals;
    }

    /** Session-clock nanos of a frame-time instant. */
    private long nanosAt(long atFrameMs) {
        return ctx.now() - (frameMs - atFrameMs) * 1_000_000L;
    }

    private void startUtterance(long startNanos, boolean agentAudible) {
        Utterance u = new Utterance(++utteranceSeq, startNanos, agentAudible);
        openStream(u);
        open = u;
        ctx.emit(new SessionEvent.UserSpeechStarted(ctx.atMs(), u.id));
    }

    private void openStream(Utterance u) {
        SpeechToText stt = ctx.engines.stt().get(ctx.sttEngine);
        try {
            u.stream = stt.open(request, EngineCallbacks.stt(ctx, u.id, u.attempt, stt.name()));
        } catch (RuntimeException e) {
            ctx.error("stt", stt.name(), e);
            u.failed = true;
        }
    }

    private void endUtterance(long speechEndNanos) {
        Utterance u = open;
        open = null;
        if (u == null) {
            return;
        }
        u.ended = true;
        u.speechNanos = Math.max(0, speechEndNanos - u.startNanos);
        u.marks.put(TimelineMark.USER_SPEECH_END, speechEndNanos);
        u.marks.put(TimelineMark.END_OF_TURN, ctx.now());
        lastEnded = u;
        awaiting.put(u.id, u);
        ctx.emit(new SessionEvent.UserSpeechStopped(ctx.atMs(), u.id));
        ctx.emit(new SessionEvent.TurnEnded(ctx.atMs(), u.id, u.speechNanos / 1_000_000));
        finish(u);
    }

    private void finish(Utterance u) {
        if (u.stream == null) {
            // The recogniser is gone; the session answers as for an empty transcript once the deadline passes.
            u.failed = true;
        } else {
            u.stream.finish();
        }
        u.deadline = ctx.timer(u.failed ? 0 : ctx.recovery.sttFinalMs(),
                new TimerFired(TimerKind.STT_DEADLINE, u.id, u.attempt));
    }

    /** Records a partial transcript; returns whether it belongs to the utterance still being spoken. */
    boolean partial(DataFrame.TranscriptionPartial f) {
        Utterance u = find(f.utteranceId());
        if (u == null || u.attempt != f.attempt() || f.text() == null) {
            return false;
        }
        u.partial = f.text();
        if (u == open) {
            turns.onTranscript(f.text());
        }
        ctx.emit(new SessionEvent.UserTranscript(ctx.atMs(), u.id, f.text(), false, Double.NaN));
        return u == open;
    }

    /** The utterance a final transcript completes, or null if it is stale. */
    Utterance finalResult(DataFrame.TranscriptionFinal f) {
        Utterance u = awaiting.get(f.utteranceId());
        if (u == null || u.attempt != f.attempt()) {
            return null;
        }
        awaiting.remove(u.id);
        u.closeStream();
        u.marks.putIfAbsent(TimelineMark.STT_FINAL, ctx.now());
        String text = f.text() == null ? "" : f.text();
        ctx.emit(new SessionEvent.UserTranscript(ctx.atMs(), u.id, text, true, f.confidence()));
        return u;
    }

    /**
     * The recogniser failed: switch to the next one and replay the utterance into it. Returns the utterance
     * when no recogniser is left and it has ended, so the session can ask the caller to repeat.
     */
    Utterance sttFailed(long utteranceId, int attempt) {
        Utterance u = find(utteranceId);
        if (u == null || u.attempt != attempt) {
            return null;
        }
        return switchOrGiveUp(u, "recogniser error");
    }

    /** No final transcript in time. */
    Utterance sttDeadline(long utteranceId, int attempt) {
        Utterance u = awaiting.get(utteranceId);
        if (u == null || u.attempt != attempt) {
            return null;
        }
        String reason = u.failed ? "recogniser unavailable" : "no final transcript within "
                + ctx.recovery.sttFinalMs() + " ms";
        if (!u.failed && !u.partial.isBlank()) {
            // The recogniser is slow, not deaf: its last partial is a better answer than asking the caller again.
            awaiting.remove(u.id);
            u.closeStream();
            u.marks.putIfAbsent(TimelineMark.STT_FINAL, ctx.now());
            u.lateText = u.partial;
            ctx.fallback("stt", sttName(), "last partial transcript", reason);
            ctx.emit(new SessionEvent.UserTranscript(ctx.atMs(), u.id, u.partial, true, Double.NaN));
            return u;
        }
        return switchOrGiveUp(u, reason);
    }

    private Utterance switchOrGiveUp(Utterance u, String reason) {
        u.closeStream();
        String from = sttName();
        if (ctx.sttEngine + 1 < ctx.engines.stt().size()) {
            ctx.sttEngine++;
            ctx.fallback("stt", from, sttName(), reason);
            u.attempt++;
            u.failed = false;
            openStream(u);
            if (u.stream != null) {
                u.replayInto(u.stream);
            }
            if (u.ended) {
                finish(u);
            }
            return null;
        }
        u.failed = true;
        u.failure = reason;
        if (!u.ended) {
            return null;
        }
        awaiting.remove(u.id);
        return u;
    }

    String sttName() {
        return ctx.engines.stt().get(ctx.sttEngine).name();
    }

    Utterance open() {
        return open;
    }

    Utterance lastEnded() {
        return lastEnded;
    }

    /** The utterance a barge-in decision is about: the one being spoken, or else the last one awaiting its final. */
    Utterance current() {
        if (open != null) {
            return open;
        }
        return lastEnded != null && awaiting.containsKey(lastEnded.id) ? lastEnded : null;
    }

    /** Drops the utterance being spoken (noise, or a false interruption). */
    void discardOpen() {
        if (open != null) {
            open.closeStream();
            open = null;
        }
    }

    private Utterance find(long id) {
        return open != null && open.id == id ? open : awaiting.get(id);
    }

    void close() {
        discardOpen();
        awaiting.values().forEach(Utterance::closeStream);
        awaiting.clear();
    }

    /** Words worth biasing the recogniser towards, from the agent's flow. */
    static final class SttHints {
        private SttHints() {
        }

        static List<String> of(io.parley.voice.agent.AgentConfig agent) {
            if (agent.flow() == null) {
                return List.of();
            }
            java.util.LinkedHashSet<String> hints = new java.util.LinkedHashSet<>();
            for (var intent : agent.flow().intents()) {
                hints.addAll(intent.examples());
                for (var slot : intent.slots()) {
                    hints.addAll(slot.values());
                }
            }
            return hints.stream().limit(200).toList();
        }
    }
}
