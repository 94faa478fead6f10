package io.parley.voice.interruption;

import io.parley.voice.audio.Pcm16;
import io.parley.voice.audio.PcmFrame;
import io.parley.voice.interruption.BargeInDecision.Action;
import io.parley.voice.settings.RealtimeSettings;
import java.util.List;

/**
 * Decides whether user sound over the agent's voice is an interruption. A cough, a door or a short noise, and
 * backchannels ("yeah", "mm-hm", "okay", from the deployment's list) do not interrupt; a stop phrase ("wait", "stop",
 * "no", "hold on") does at once; other speech does once it lasts {@code bargeInMinDurationMs} and, when
 * {@code bargeInMinWords > 0}, has that many words besides backchannels. An interruption that stays wordless until
 * {@code resumeTimeoutMs} after the user falls silent is false: the agent resumes when
 * {@code resumeAfterFalseInterruption} is set.
 *
 * <p>Fed by the call's actor with each frame's speech probability and each partial transcript of the user's audio;
 * driven by frame time, never the wall clock. Not thread-safe.
 */
public final class BargeInPolicy {

    /** Silence that ends one burst of user sound. */
    static final int SOUND_END_MS = 200;
    /** Words for a burst may trail it by STT latency; a late "stop" still counts. */
    static final int LATE_WORDS_GRACE_MS = 400;

    private enum State { IDLE, LISTENING, SETTLING, INTERRUPTED }

    private final RealtimeSettings settings;
    private final InterruptionWords vocabulary;
    private final float threshold;
    private final float negativeThreshold;
    private final NoiseBurst noise = new NoiseBurst();

    private boolean agentSpeaking;
    private State state = State.IDLE;
    private long nowMs;
    private long soundStartMs;
    private long lastSoundMs;
    private boolean soundActive;
    private List<String> words = List.of();
    private BargeInReason interruptReason;

    public BargeInPolicy(RealtimeSettings settings) {
        this(settings, InterruptionWords.DEFAULT_STOP_PHRASES);
    }

    public BargeInPolicy(RealtimeSettings settings, List<String> stopPhrases) {
        this.settings = settings;
        this.vocabulary = new InterruptionWords(stopPhrases, settings.backchannelWords());
        this.threshold = (float) settings.vadThreshold();
        this.negativeThreshold = Math.max(0.01f, threshold - 0.15f);
    }

    /** The agent's audio started playing to the user. */
    public void agentStartedSpeaking() {
        agentSpeaking = true;
    }

    /**
     * The agent's audio finished on its own. Sound being judged becomes an ordinary user turn; an interruption still
     * waiting for words keeps waiting, since it may yet turn out false.
     */
    public void agentStoppedSpeaking() {
        agentSpeaking = false;
        noise.reset();
        if (state == State.LISTENING || state == State.SETTLING) {
            state = State.IDLE;
        }
    }

    /** One 20 ms frame's speech probability. */
    public BargeInDecision onFrame(float speechProbability) {
        return onFrame(speechProbability, PcmFrame.FRAME_MS);
    }

    public BargeInDecision onFrame(float speechProbability, int frameMs) {
        return onFrame(speechProbability, Double.NEGATIVE_INFINITY, frameMs);
    }

    /**
     * One 20 ms frame with its audio: besides the speech probability, its level lets loud sounds the VAD rejects
     * (coughs, doors) be logged as ignored {@link BargeInReason#NOISE}.
     */
    public BargeInDecision onFrame(short[] frame, float speechProbability) {
        return onFrame(speechProbability, Pcm16.dbfs(frame), frame.length * 1000 / PcmFrame.ENGINE_RATE);
    }

    private BargeInDecision onFrame(float speechProbability, double levelDbfs, int frameMs) {
        nowMs += frameMs;
        boolean sound = soundActive ? speechProbability >= negativeThreshold : speechProbability >= threshold;
        if (sound) {
            lastSoundMs = nowMs;
        }
        boolean started = sound && !soundActive;
        soundActive = sound || (soundActive && nowMs - lastSoundMs < SOUND_END_MS);
        return switch (state) {
            case IDLE -> {
                long noiseMs = agentSpeaking ? noise.onFrame(nowMs, frameMs, levelDbfs, soundActive) : -1;
                if (started && agentSpeaking) {
                    state = State.LISTENING;
                    soundStartMs = nowMs - frameMs;
                    words = List.of();
                    yield decision(Action.PENDING, BargeInReason.UNDECIDED);
                }
                if (noiseMs >= 0) {
                    yield new BargeInDecision(Action.IGNORE, BargeInReason.NOISE, nowMs, noiseMs, List.of());
                }
                yield BargeInDecision.none(nowMs);
            }
            case LISTENING -> judge(false);
            case SETTLING -> started ? resumeListening() : judge(false);
            case INTERRUPTED -> checkFalseInterruption();
        };
    }

    /** The latest partial transcript of the user's audio since the sound began. */
    public BargeInDecision onTranscript(String transcript) {
        List<String> heard = InterruptionWords.words(transcript);
        if (state == State.INTERRUPTED) {
            words = heard;
            if (!vocabulary.contentWords(heard).isEmpty()) {
                state = State.IDLE; // proven: the user has taken the turn
            }
            return BargeInDecision.none(nowMs);
        }
        if (state != State.LISTENING && state != State.SETTLING) {
            return BargeInDecision.none(nowMs);
        }
        words = heard;
        return judge(true);
    }

    /** True while an interruption waits to prove itself (words) before resumeTimeoutMs of silence. */
    public boolean awaitingProof() {
        return state == State.INTERRUPTED;
    }

    private BargeInDecision judge(boolean newWords) {
        long speechMs = lastSoundMs - soundStartMs;
        if (vocabulary.hasStopPhrase(words)) {
            return interrupt(BargeInReason.STOP_WORD);
        }
        List<String> content = vocabulary.contentWords(words);
        boolean longEnough = speechMs >= settings.bargeInMinDurationMs();
        boolean enoughWords = settings.bargeInMinWords() == 0 || content.size() >= settings.bargeInMinWords();
        if (longEnough && enoughWords && !vocabulary.onlyBackchannel(words)) {
            return interrupt(BargeInReason.SPEECH);
        }
        if (state == State.LISTENING && !soundActive) {
            state = State.SETTLING;
        }
        if (state == State.SETTLING && nowMs - lastSoundMs >= SOUND_END_MS + LATE_WORDS_GRACE_MS) {
            state = State.IDLE;
            return decision(Action.IGNORE, ignoreReason(longEnough, content));
        }
        return newWords ? decision(Action.PENDING, BargeInReason.UNDECIDED) : BargeInDecision.none(nowMs);
    }

    private BargeInReason ignoreReason(boolean longEnough, List<String> content) {
        if (vocabulary.onlyBackchannel(words)) {
            return BargeInReason.BACKCHANNEL;
        }
        if (words.isEmpty() && longEnough) {
            return BargeInReason.NOISE;
        }
        return BargeInReason.TOO_SHORT;
    }

    private BargeInDecision resumeListening() {
        state = State.LISTENING;
        return BargeInDecision.none(nowMs);
    }

    private BargeInDecision interrupt(BargeInReason reason) {
        interruptReason = reason;
        // A stop phrase is proof enough; plain speech must still show words if it is to keep the floor.
        state = reason == BargeInReason.STOP_WORD || !vocabulary.contentWords(words).isEmpty()
                ? State.IDLE : State.INTERRUPTED;
        return decision(Action.INTERRUPT, reason);
    }

    private BargeInDecision checkFalseInterruption() {
        if (soundActive || nowMs - lastSoundMs < settings.resumeTimeoutMs()) {
            return BargeInDecision.none(nowMs);
        }
        state = State.IDLE;
        if (!settings.resumeAfterFalseInterruption()) {
            return BargeInDecision.none(nowMs);
        }
        return decision(Action.RESUME,
                vocabulary.onlyBackchannel(words) ? BargeInReason.BACKCHANNEL : BargeInReason.FALSE_INTERRUPTION);
    }

    private BargeInDecision decision(Action action, BargeInReason reason) {
        return new BargeInDecision(action, reason, nowMs, Math.max(0, lastSoundMs - soundStartMs), words);
    }

    /** The reason of the last interruption, for the log line that records what followed it. */
    public BargeInReason lastInterruptReason() {
        return interruptReason;
    }
}
