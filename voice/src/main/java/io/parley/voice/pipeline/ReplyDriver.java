package io.parley.voice.pipeline;

import io.parley.voice.audio.PcmFrame;
import io.parley.voice.pipeline.AgentTurn.Sentence;
import io.parley.voice.pipeline.event.AgentState;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.pipeline.frame.DataFrame;
import io.parley.voice.pipeline.frame.DataFrame.Stage;
import io.parley.voice.pipeline.frame.SystemFrame.TimerFired;
import io.parley.voice.pipeline.frame.SystemFrame.TimerKind;
import io.parley.voice.pipeline.output.OutputPacer;
import io.parley.voice.pipeline.output.SpokenText;
import io.parley.voice.pipeline.spi.ReplySentence;
import io.parley.voice.pipeline.spi.ReplyTextStage;
import java.util.function.Supplier;
import io.parley.voice.recovery.Earcon;
import io.parley.voice.recovery.TranscriptQuality;
import io.parley.voice.timeline.TimelineMark;
import io.parley.voice.timeline.TimelineRecorder;
import io.parley.voice.tts.TextToSpeech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's side of a call: one turn at a time, sentences become audio, audio is paced out, and what was heard
 * joins the conversation. The reply model feeding the sentences is {@link ReplyModel}. Every engine result is checked against the current
 * turn id and attempt, so bumping the turn silences everything of the old one at once. Session thread only.
 */
final class ReplyDriver implements OutputPacer.Sink {

    /** Synthesis of the next sentence waits while this much audio is already queued (sentence-level bound). */
    private static final long MAX_QUEUED_AUDIO_MS = 6_000;
    /** Rough speaking time per character, to estimate how much of an unfinished sentence was heard. */
    private static final long MS_PER_CHAR = 65;

    private final SessionContext ctx;
    private final AudioOutput output;
    /** Scripted lines (greeting, resumed remainder) get the same spoken forms as model replies. */
    private final Supplier<ReplyTextStage> textStages;
    private final OutputPacer pacer = new OutputPacer(this);
    private final Map<Long, TimelineRecorder> recentTimelines = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, TimelineRecorder> eldest) {
            return size() > 16;
        }
    };
    private long turnSeq;
    private AgentTurn turn;
    private long lastAudioNanos = -1;
    private Runnable speakingStarted = () -> { };
    private Runnable speakingStopped = () -> { };

    ReplyDriver(SessionContext ctx, AudioOutput output, Supplier<ReplyTextStage> textStages) {
        this.ctx = ctx;
        this.output = output;
        this.textStages = textStages;
    }

    boolean active() {
        return turn != null;
    }

    /** True while the caller can hear the current turn (its audio has started). */
    boolean speaking() {
        return turn != null && turn.audioStarted;
    }

    /** Who wants to know when the agent's voice starts and when it ends on its own. */
    void observeSpeaking(Runnable started, Runnable stopped) {
        this.speakingStarted = started;
        this.speakingStopped = stopped;
    }

    AgentTurn turn() {
        return turn;
    }

    /** A reply to the caller's words: a new turn id; the caller then starts the reply model on it. */
    AgentTurn beginReply(String userText, Map<TimelineMark, Long> userMarks) {
        AgentTurn t = newTurn(userMarks);
        ctx.conversation.user(userText);
        ctx.state(AgentState.THINKING);
        return t;
    }

    /** Fixed lines (greeting, resumed remainder) spoken as a turn of their own, in their spoken forms. */
    void startScripted(List<String> lines, boolean context) {
        ReplyTextStage stage = textStages.get();
        List<ReplySentence> sentences = new ArrayList<>();
        for (String line : lines) {
            sentences.addAll(stage.accept(line + " "));
        }
        sentences.addAll(stage.flush());
        startScripted(sentences, context, Map.of());
    }

    private void startScripted(List<ReplySentence> sentences, boolean context, Map<TimelineMark, Long> userMarks) {
        AgentTurn t = newTurn(userMarks);
        t.llmDone = true;
        sentences.forEach(sentence -> addSentence(t, sentence, context));
        speakNext();
        finishIfDone();
    }

    /** A recovery line spoken next in the current turn, or as its own turn when none is running. */
    void speakLine(String line) {
        speakLine(line, Map.of());
    }

    /** As {@link #speakLine(String)}, answering the caller's utterance whose timeline marks are given. */
    void speakLine(String line, Map<TimelineMark, Long> userMarks) {
        if (turn == null) {
            // A recovery line is one piece, said as written.
            startScripted(List.of(ReplySentence.plain(line)), false, userMarks);
            return;
        }
        AgentTurn t = turn;
        if (t.job != null && !t.ttsGotAudio) {
            // The sentence being synthesised has produced nothing yet: the line goes first, the sentence after.
            t.ttsTimer.cancel();
            t.job.cancel();
            t.job = null;
            t.ttsAttempt++;
            pacer.dropUnsent(t.nextToSynth);
        }
        t.insertNext(line);
        ctx.emit(new SessionEvent.AgentTextGenerated(ctx.atMs(), t.id, line));
        speakNext();
    }

    private AgentTurn newTurn(Map<TimelineMark, Long> userMarks) {
        if (turn != null) {
            stop(false);
        }
        long id = ++turnSeq;
        TimelineRecorder timeline = new TimelineRecorder(id);
        userMarks.forEach(timeline::stamp);
        recentTimelines.put(id, timeline);
        turn = new AgentTurn(id, timeline);
        return turn;
    }

    /** Synthesis timers; the reply model's are handled by {@link ReplyModel}. */
    void onTimer(TimerFired f) {
        if (turn == null || turn.id != f.turnId()) {
            return;
        }
        switch (f.kind()) {
            case TTS_DEADLINE -> {
                if (turn.ttsAttempt == f.attempt() && turn.job != null && !turn.ttsGotAudio) {
                    ttsFailed(turn, ttsName(), "no audio within " + ctx.recovery.tts().deadlineMs() + " ms");
                }
            }
            case TTS_RETRY -> {
                if (turn.ttsAttempt == f.attempt()) {
                    speakNext();
                }
            }
            default -> { }
        }
    }

    // ---- text to sentences ----

    void addSentence(AgentTurn t, ReplySentence sentence, boolean context) {
        String text = sentence.written().trim();
        if (text.isEmpty() || TranscriptQuality.isUnspeakable(sentence.spoken())) {
            return;
        }
        if (context) {
            t.speakableGenerated = true;
        }
        t.append(text, sentence.spoken(), context);
        t.timeline.stamp(TimelineMark.FIRST_SENTENCE, ctx.now());
        ctx.emit(new SessionEvent.AgentTextGenerated(ctx.atMs(), t.id, text));
    }

    // ---- synthesis ----

    void speakNext() {
        AgentTurn t = turn;
        if (t == null || t.job != null || t.nextToSynth >= t.sentences.size()
                || pacer.queuedMs() > MAX_QUEUED_AUDIO_MS) {
            return;
        }
        Sentence sentence = t.sentences.get(t.nextToSynth);
        if (t.voiceLost) {
            sentence.failed = true;
            t.nextToSynth++;
            speakNext();
            finishIfDone();
            return;
        }
        TextToSpeech tts = ctx.engines.tts().get(ctx.ttsEngine);
        int attempt = ++t.ttsAttempt;
        t.ttsGotAudio = false;
        t.ttsTimer.cancel();
        t.ttsTimer = ctx.timer(ctx.recovery.tts().deadlineMs(), new TimerFired(TimerKind.TTS_DEADLINE, t.id, attempt));
        var listener = EngineCallbacks.tts(ctx, t.id, t.nextToSynth, attempt, tts.name(), tts.sampleRate());
        try {
            t.job = tts.synthesize(sentence.spoken, ctx.agent.voice(), listener);
        } catch (RuntimeException e) {
            t.job = () -> { };
            ctx.fromEngine(new DataFrame.EngineFailed(Stage.TTS, t.id, attempt, tts.name(), e));
        }
    }

    void onTtsAudio(DataFrame.TtsAudio f) {
        AgentTurn t = turn;
        if (t == null || t.id != f.turnId() || t.ttsAttempt != f.attempt()) {
            return;
        }
        if (!t.ttsGotAudio) {
            t.ttsGotAudio = true;
            t.ttsTimer.cancel();
            t.timeline.stamp(TimelineMark.TTS_FIRST_AUDIO, ctx.now());
        }
        pacer.enqueue(f.sentence(), f.pcm(), f.sampleRate());
    }

    void onTtsDone(DataFrame.TtsDone f) {
        AgentTurn t = turn;
        if (t == null || t.id != f.turnId() || t.ttsAttempt != f.attempt()) {
            return;
        }
        t.ttsTimer.cancel();
        t.job = null;
        t.ttsFailuresOnEngine = 0;
        t.nextToSynth++;
        pacer.sentenceComplete(f.sentence());
        speakNext();
    }

    void onTtsFailed(long turnId, int attempt, String engine, String reason) {
        if (turn != null && turn.id == turnId && turn.ttsAttempt == attempt && turn.job != null) {
            ttsFailed(turn, engine, reason);
        }
    }

    private void ttsFailed(AgentTurn t, String engine, String reason) {
        t.ttsTimer.cancel();
        t.job.cancel();
        t.job = null;
        pacer.dropUnsent(t.nextToSynth);
        ctx.emit(new SessionEvent.EngineError(ctx.atMs(), "tts", engine, reason));
        t.ttsFailuresOnEngine++;
        if (ctx.recovery.tts().canRetry(t.ttsFailuresOnEngine)) {
            long backoff = ctx.recovery.tts().backoffBefore(t.ttsFailuresOnEngine);
            t.ttsTimer = ctx.timer(backoff, new TimerFired(TimerKind.TTS_RETRY, t.id, t.ttsAttempt));
        } else if (ctx.ttsEngine + 1 < ctx.engines.tts().size()) {
            ctx.ttsEngine++;
            t.ttsFailuresOnEngine = 0;
            ctx.fallback("tts", engine, ttsName(), reason);
            speakNext();
        } else {
            // No voice left: a chime tells the caller the line is alive; the words are lost, not pretended heard.
            ctx.fallback("tts", engine, "chime", reason);
            t.voiceLost = true;
            int index = t.nextToSynth++;
            t.sentences.get(index).failed = true;
            int rate = ctx.engines.tts().get(ctx.ttsEngine).sampleRate();
            pacer.enqueue(index, Earcon.chime(rate), rate);
            pacer.sentenceComplete(index);
            speakNext();
        }
    }

    private String ttsName() {
        return ctx.engines.tts().get(ctx.ttsEngine).name();
    }

    // ---- output ----

    void onTick(long nowNanos) {
        pacer.tick(nowNanos);
        speakNext();
    }

    @Override
    public void audio(short[] pcm, int sampleRate) {
        AgentTurn t = turn;
        long id = t == null ? 0 : t.id;
        if (t != null && !t.audioStarted) {
            t.audioStarted = true;
            if (t.timeline.stamp(TimelineMark.FIRST_AUDIO_OUT, ctx.now())) {
                emitTimeline(t.timeline);
            }
            ctx.state(AgentState.SPEAKING);
            speakingStarted.run();
        }
        lastAudioNanos = ctx.now() + pcm.length * 1_000_000_000L / sampleRate;
        output.play(id, new PcmFrame(pcm, sampleRate));
    }

    /** When the last audio sent finishes playing, or -1 if none was ever sent. */
    long lastAudioEndNanos() {
        return lastAudioNanos;
    }

    @Override
    public void sentencePlayed(int index) {
        AgentTurn t = turn;
        if (t == null || index >= t.sentences.size()) {
            return;
        }
        Sentence s = t.sentences.get(index);
        s.played = true;
        if (!s.failed) {
            ctx.emit(new SessionEvent.AgentTextSpoken(ctx.atMs(), t.id, s.text, false));
            if (s.context) {
                t.heardContext.append(t.heardContext.isEmpty() ? "" : " ").append(s.text);
            }
        }
        finishIfDone();
    }

    /** Whether any of the agent's audio is queued or playing. */
    boolean audioPending() {
        return !pacer.isIdle();
    }

    void finishIfDone() {
        AgentTurn t = turn;
        if (t != null && t.llmDone && t.job == null && t.nextToSynth >= t.sentences.size() && t.allPlayed()
                && pacer.isIdle()) {
            ctx.conversation.agentSpoke(t.heardContext.toString());
            turn = null;
            ctx.state(AgentState.LISTENING);
            if (t.audioStarted) {
                speakingStopped.run();
            }
        }
    }

    /**
     * Bumps the turn: the model stream, the synthesis and the queued audio stop at once. The part of the
     * sentence being played that the caller heard is reported and kept in context; the unheard rest (this
     * sentence's tail and every later sentence) is returned so a false interruption can resume it.
     */
    List<String> stop(boolean interrupted) {
        AgentTurn t = turn;
        if (t == null) {
            return List.of();
        }
        t.cancelEngines();
        List<String> unheard = new ArrayList<>();
        for (int i = 0; i < t.sentences.size(); i++) {
            Sentence s = t.sentences.get(i);
            if (s.played || s.failed) {
                continue;
            }
            int rate = ctx.engines.tts().get(ctx.ttsEngine).sampleRate();
            double fraction = pacer.heardFraction(i, rate, s.spoken.length() * MS_PER_CHAR);
            String heard = SpokenText.heardPrefix(s.text, fraction);
            if (!heard.isEmpty()) {
                ctx.emit(new SessionEvent.AgentTextSpoken(ctx.atMs(), t.id, heard, interrupted));
                if (s.context) {
                    t.heardContext.append(t.heardContext.isEmpty() ? "" : " ").append(heard);
                }
            }
            String rest = SpokenText.remainder(s.text, heard);
            if (s.context && !rest.isEmpty()) {
                unheard.add(rest);
            }
        }
        pacer.clear();
        if (t.audioStarted) {
            output.flush(t.id);
        }
        ctx.conversation.agentSpoke(t.heardContext.toString());
        turn = null;
        ctx.state(AgentState.LISTENING);
        if (t.audioStarted && !interrupted) {
            // An interruption is the policy's own decision; anything else ends the agent's voice like a finish.
            speakingStopped.run();
        }
        return unheard;
    }

    /** The client started playing {@code turnId}'s audio: the timeline gets its last mark and is sent again. */
    void playbackStarted(long turnId, long clientNanos) {
        TimelineRecorder timeline = recentTimelines.get(turnId);
        if (timeline != null && timeline.stamp(TimelineMark.CLIENT_PLAYBACK_START, clientNanos)) {
            emitTimeline(timeline);
        }
    }

    private void emitTimeline(TimelineRecorder recorder) {
        var snapshot = recorder.snapshot();
        long budget = ctx.settings.latencyBudgetMs();
        boolean over = snapshot.voiceToVoiceNanos() > budget * 1_000_000L;
        ctx.emit(new SessionEvent.TurnTimelineReady(ctx.atMs(), snapshot, budget, over));
    }
}
