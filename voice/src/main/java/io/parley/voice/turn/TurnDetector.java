package io.parley.voice.turn;

import io.parley.voice.audio.Pcm16;
import io.parley.voice.audio.PcmFrame;
import io.parley.voice.settings.RealtimeSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides when the user starts speaking and when their turn is over, from per-frame speech probabilities and,
 * when STT has produced one, the latest partial transcript. Driven purely by frame time: the same audio and the same
 * transcripts always give the same decisions.
 *
 * <p>Speech starts once probabilities stay at or above {@code vadThreshold} for {@code minSpeechMs}; shorter sounds are
 * discarded. Speech ends when they fall below a lower threshold (hysteresis, so a soft syllable does not split a
 * word). The turn ends after {@code silenceToEndTurnMs} of silence, adjusted by the transcript: a trailing filler or
 * half-said number buys more time, a complete question less, and nothing waits longer than {@code maxWaitMs}.
 *
 * <p>Forwarding rule for STT: when an event opens a turn, send its audio; after that, send every frame while
 * {@link #turnOpen()} is true. One per call, fed by the call's actor; not thread-safe.
 */
public final class TurnDetector {

    /** Speech must fall silent this long before it counts as ended; shorter dips are part of a word. */
    static final int SPEECH_END_HANGOVER_MS = 100;
    /** A dip this long inside a not-yet-confirmed start means the sound was not speech. */
    static final int START_GAP_TOLERANCE_MS = 60;
    /** Speech within an open turn needs less confirmation than a new turn: the user is evidently talking. */
    static final int RESUME_MIN_MS = 100;
    /** Extra wait after an utterance that sounds unfinished. */
    static final int INCOMPLETE_EXTRA_MS = 800;
    /** A complete question needs only this share of the configured silence. */
    static final double QUESTION_FACTOR = 0.6;

    private enum State { IDLE, SPEAKING, PAUSED }

    private final RealtimeSettings settings;
    private final float threshold;
    private final float negativeThreshold;
    private final FrameHistory history;
    private final List<short[]> candidateFrames = new ArrayList<>();

    private State state = State.IDLE;
    private long nowMs;
    private long candidateStartMs = -1;
    private long candidateLastSpeechMs;
    private long lastSpeechEndMs;
    private TranscriptHint hint = TranscriptHint.NEUTRAL;

    public TurnDetector(RealtimeSettings settings) {
        this.settings = settings;
        this.threshold = (float) settings.vadThreshold();
        this.negativeThreshold = Math.max(0.01f, threshold - 0.15f);
        this.history = new FrameHistory(settings.prefixPaddingMs() / PcmFrame.FRAME_MS);
    }

    /** Feeds one 16 kHz frame and its speech probability; returns the decisions taken at this frame (often none). */
    public List<TurnEvent> onFrame(short[] frame, float speechProbability) {
        long frameStart = nowMs;
        nowMs += frame.length * 1000L / PcmFrame.ENGINE_RATE;
        List<TurnEvent> events = new ArrayList<>(2);
        boolean speech = speechProbability >= threshold;
        boolean stillSpeech = speechProbability >= negativeThreshold;
        switch (state) {
            case IDLE -> {
                if (candidate(frame, frameStart, speech, stillSpeech, settings.minSpeechMs(), events)) {
                    short[] prefix = history.drain();
                    candidateFrames.addFirst(prefix);
                    short[] audio = Pcm16.concat(candidateFrames);
                    events.add(new TurnEvent.SpeechStarted(nowMs, candidateStartMs, false, audio));
                    startSpeaking();
                } else if (candidateStartMs < 0) {
                    history.add(frame);
                }
            }
            case SPEAKING -> {
                if (stillSpeech) {
                    lastSpeechEndMs = nowMs;
                } else if (nowMs - lastSpeechEndMs >= SPEECH_END_HANGOVER_MS) {
                    state = State.PAUSED;
                    events.add(new TurnEvent.SpeechEnded(nowMs, lastSpeechEndMs));
                }
            }
            case PAUSED -> {
                int resumeMs = Math.min(settings.minSpeechMs(), RESUME_MIN_MS);
                if (candidate(frame, frameStart, speech, stillSpeech, resumeMs, null)) {
                    events.add(new TurnEvent.SpeechStarted(nowMs, candidateStartMs, true, new short[0]));
                    startSpeaking();
                    hint = TranscriptHint.NEUTRAL; // the old last word is no longer last; new partials will tell
                } else {
                    checkEndOfTurn(events);
                }
            }
        }
        return events;
    }

    /** Convenience for {@link PcmFrame}s at the engine rate. */
    public List<TurnEvent> onFrame(PcmFrame frame, float speechProbability) {
        return onFrame(frame.samples(), speechProbability);
    }

    /** The newest partial (or final) transcript of the open turn; it may lengthen or shorten the wait. */
    public void onTranscript(String partialTranscript) {
        if (state != State.IDLE) {
            hint = TranscriptHints.classify(partialTranscript);
        }
    }

    /** True from the event that opens a turn until its end of turn. */
    public boolean turnOpen() {
        return state != State.IDLE;
    }

    public TranscriptHint hint() {
        return hint;
    }

    /** Frame time of the end of the last frame seen. */
    public long nowMs() {
        return nowMs;
    }

    /** Silence required after speech, given the current hint, capped at maxWaitMs. */
    public long requiredSilenceMs() {
        return Math.min(wantedSilenceMs(), settings.maxWaitMs());
    }

    private long wantedSilenceMs() {
        int base = settings.silenceToEndTurnMs();
        return switch (hint) {
            case NEUTRAL -> base;
            case COMPLETE_QUESTION -> Math.max(PcmFrame.FRAME_MS, Math.round(base * QUESTION_FACTOR));
            case TRAILING_FILLER, PARTIAL_NUMBER -> Math.max(2L * base, base + INCOMPLETE_EXTRA_MS);
        };
    }

    /**
     * Tracks a possible start of speech. Returns true once it has lasted {@code confirmMs}; a dip longer than the gap
     * tolerance drops it (reported as discarded when {@code discarded} is given).
     */
    private boolean candidate(short[] frame, long frameStart, boolean speech, boolean stillSpeech, int confirmMs,
                              List<TurnEvent> discarded) {
        if (candidateStartMs < 0) {
            if (!speech) {
                return false;
            }
            candidateStartMs = frameStart;
        }
        candidateFrames.add(frame);
        if (stillSpeech) {
            candidateLastSpeechMs = nowMs;
        } else if (nowMs - candidateLastSpeechMs > START_GAP_TOLERANCE_MS) {
            if (discarded != null) {
                discarded.add(new TurnEvent.SpeechDiscarded(nowMs, candidateStartMs,
                        candidateLastSpeechMs - candidateStartMs));
                candidateFrames.forEach(history::add);
            }
            candidateFrames.clear();
            candidateStartMs = -1;
            return false;
        }
        return candidateLastSpeechMs - candidateStartMs >= confirmMs;
    }

    private void startSpeaking() {
        state = State.SPEAKING;
        lastSpeechEndMs = nowMs;
        candidateFrames.clear();
        candidateStartMs = -1;
    }

    private void checkEndOfTurn(List<TurnEvent> events) {
        long silence = nowMs - lastSpeechEndMs;
        long required = requiredSilenceMs();
        boolean resumePending = candidateStartMs >= 0;
        if (silence < required || (resumePending && silence < settings.maxWaitMs())) {
            return;
        }
        events.add(new TurnEvent.EndOfTurn(nowMs, lastSpeechEndMs, silence, required, hint, reason()));
        state = State.IDLE;
        hint = TranscriptHint.NEUTRAL;
        candidateFrames.clear();
        candidateStartMs = -1;
    }

    private TurnEvent.EndOfTurn.Reason reason() {
        if (wantedSilenceMs() > settings.maxWaitMs()) {
            return TurnEvent.EndOfTurn.Reason.MAX_WAIT;
        }
        return switch (hint) {
            case NEUTRAL -> TurnEvent.EndOfTurn.Reason.SILENCE;
            case COMPLETE_QUESTION -> TurnEvent.EndOfTurn.Reason.QUESTION_COMPLETE;
            case TRAILING_FILLER, PARTIAL_NUMBER -> TurnEvent.EndOfTurn.Reason.INCOMPLETE_TIMEOUT;
        };
    }
}
