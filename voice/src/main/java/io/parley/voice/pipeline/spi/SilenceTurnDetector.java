package io.parley.voice.pipeline.spi;

import io.parley.voice.settings.RealtimeSettings;

/**
 * The plain turn detector: speech above the VAD threshold starts a turn, {@code silenceToEndTurnMs} of silence
 * ends it, speech shorter than {@code minSpeechMs} is discarded. It is the fallback when no smarter detector is
 * configured.
 */
public final class SilenceTurnDetector implements TurnDetector {

    private static final long FRAME_NANOS = 20_000_000L;

    private final double threshold;
    private final long silenceNanos;
    private final long minSpeechNanos;
    private boolean inSpeech;
    private long speechStart;
    private long lastVoice;
    private boolean paused;

    public SilenceTurnDetector(RealtimeSettings settings) {
        this.threshold = settings.vadThreshold();
        this.silenceNanos = settings.silenceToEndTurnMs() * 1_000_000L;
        this.minSpeechNanos = settings.minSpeechMs() * 1_000_000L;
    }

    @Override
    public TurnSignal onFrame(short[] pcm, float speechProbability, long nowNanos) {
        boolean voiced = speechProbability >= threshold;
        if (!inSpeech) {
            if (voiced) {
                inSpeech = true;
                paused = false;
                speechStart = nowNanos - FRAME_NANOS;
                lastVoice = nowNanos;
                return new TurnSignal.SpeechStarted(speechStart);
            }
            return TurnSignal.NONE;
        }
        if (voiced) {
            lastVoice = nowNanos;
            paused = false;
            return TurnSignal.NONE;
        }
        long spoken = lastVoice - speechStart;
        if (nowNanos - lastVoice >= silenceNanos) {
            inSpeech = false;
            return spoken < minSpeechNanos ? new TurnSignal.Discarded(spoken) : new TurnSignal.TurnEnded(lastVoice, spoken);
        }
        if (!paused) {
            paused = true;
            return new TurnSignal.SpeechPaused(lastVoice);
        }
        return TurnSignal.NONE;
    }

    @Override
    public void reset() {
        inSpeech = false;
        paused = false;
    }
}
