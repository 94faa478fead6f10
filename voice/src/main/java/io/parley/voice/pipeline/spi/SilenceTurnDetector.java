package io.parley.voice.pipeline.spi;

import io.parley.voice.settings.RealtimeSettings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain turn detector: speech above the VAD threshold starts a turn, {@code silenceToEndTurnMs} of silence
 * ends it, speech shorter than {@code minSpeechMs} is discarded. It is the fallback when no smarter detector is
 * configured.
 */
public final class SilenceTurnDetector implements TurnDetector {

    private static final int FRAME_MS = 20;

    private final double threshold;
    private final long silenceMs;
    private final long minSpeechMs;
    private final int prefixFrames;
    private final ArrayDeque<short[]> prefix = new ArrayDeque<>();
    private long nowMs;
    private boolean inSpeech;
    private boolean paused;
    private long speechStart;
    private long lastVoice;

    public SilenceTurnDetector(RealtimeSettings settings) {
        this.threshold = settings.vadThreshold();
        this.silenceMs = settings.silenceToEndTurnMs();
        this.minSpeechMs = settings.minSpeechMs();
        this.prefixFrames = Math.max(0, settings.prefixPaddingMs() / FRAME_MS);
    }

    @Override
    public List<TurnSignal> onFrame(short[] pcm, float speechProbability) {
        nowMs += FRAME_MS;
        boolean voiced = speechProbability >= threshold;
        if (!inSpeech) {
            if (!voiced) {
                remember(pcm);
                return List.of();
            }
            inSpeech = true;
            paused = false;
            speechStart = nowMs - FRAME_MS;
            lastVoice = nowMs;
            List<short[]> frames = new ArrayList<>(prefix);
            frames.add(pcm);
            prefix.clear();
            return List.of(new TurnSignal.SpeechStarted(speechStart, false, concat(frames)));
        }
        if (voiced) {
            lastVoice = nowMs;
            paused = false;
            return List.of();
        }
        if (nowMs - lastVoice >= silenceMs) {
            inSpeech = false;
            long spoken = lastVoice - speechStart;
            return List.of(spoken < minSpeechMs ? new TurnSignal.Discarded(spoken) : new TurnSignal.TurnEnded(lastVoice));
        }
        if (!paused) {
            paused = true;
            return List.of(new TurnSignal.SpeechPaused(lastVoice));
        }
        return List.of();
    }

    private void remember(short[] pcm) {
        if (prefixFrames == 0) {
            return;
        }
        prefix.addLast(pcm);
        while (prefix.size() > prefixFrames) {
            prefix.removeFirst();
        }
    }

    private static short[] concat(List<short[]> frames) {
        int n = 0;
        for (short[] f : frames) {
            n += f.length;
        }
        short[] out = new short[n];
        int at = 0;
        for (short[] f : frames) {
            System.arraycopy(f, 0, out, at, f.length);
            at += f.length;
        }
        return out;
    }
}
