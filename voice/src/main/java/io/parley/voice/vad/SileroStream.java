package io.parley.voice.vad;

import io.parley.voice.audio.Pcm16;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's view of the shared Silero model: its recurrent state, its 64-sample context and the samples that do not
 * yet fill a 512-sample window. 20 ms frames (320 samples) do not divide the window, so a frame triggers zero, one or
 * two inferences (five per 160 ms) and reports the newest probability.
 *
 * <p>The energy gate skips inference on clear silence, but only once the model itself has stopped hearing speech, so
 * quiet closures inside a word still reach the model. After a stretch of gated silence the state restarts from zero,
 * as at the start of a call, instead of resuming from wherever the last utterance left it.
 */
final class SileroStream implements VadStream {

    private static final Logger log = LoggerFactory.getLogger(SileroStream.class);
    /** Above this, the model is (still) hearing speech and the gate stays open. */
    private static final float GATE_OPEN_PROBABILITY = 0.3f;
    /** Gated frames (200 ms) after which the recurrent state starts afresh. */
    private static final int RESET_AFTER_GATED_FRAMES = 10;

    private final SileroBatcher batcher;
    private final EnergyGate gate;
    private final VadStream fallback;
    private final float[] state = new float[SileroModel.STATE];
    private final float[] input = new float[SileroModel.CONTEXT + SileroModel.WINDOW];
    /** Samples of the window being filled, placed after the context in {@link #input}. */
    private int filled;
    private float last;
    private int gatedRun;
    private boolean active;
    private boolean failed;

    SileroStream(SileroBatcher batcher, EnergyGate gate, VadStream fallback) {
        this.batcher = batcher;
        this.gate = gate;
        this.fallback = fallback;
    }

    @Override
    public float speechProbability(short[] frame) {
        float energyGuess = fallback.speechProbability(frame); // keeps the fallback's noise floor current
        if (failed) {
            return energyGuess;
        }
        if (last < GATE_OPEN_PROBABILITY && gate.isClearSilence(frame)) {
            onGated(frame);
            return 0f;
        }
        setActive(true);
        gatedRun = 0;
        int at = 0;
        while (at < frame.length) {
            int take = Math.min(SileroModel.WINDOW - filled, frame.length - at);
            Pcm16.toFloat(frame, at, input, SileroModel.CONTEXT + filled, take);
            filled += take;
            at += take;
            if (filled == SileroModel.WINDOW) {
                if (!infer()) {
                    return energyGuess;
                }
            }
        }
        return last;
    }

    private boolean infer() {
        try {
            last = batcher.score(input, state);
        } catch (RuntimeException e) {
            // A broken model must not silence the call: this stream carries on with the energy VAD.
            log.warn("Silero VAD failed; this stream falls back to the energy VAD", e);
            failed = true;
            setActive(false);
            return false;
        }
        System.arraycopy(input, SileroModel.WINDOW, input, 0, SileroModel.CONTEXT);
        filled = 0;
        return true;
    }

    private void onGated(short[] frame) {
        last = 0f;
        filled = 0;
        // The next window's context is the real audio just before it, as if the model had seen it.
        Pcm16.toFloat(frame, frame.length - SileroModel.CONTEXT, input, 0, SileroModel.CONTEXT);
        if (++gatedRun == RESET_AFTER_GATED_FRAMES) {
            java.util.Arrays.fill(state, 0f);
            setActive(false);
        }
    }

    private void setActive(boolean nowActive) {
        if (nowActive != active) {
            active = nowActive;
            batcher.streamActive(nowActive);
        }
    }

    @Override
    public void close() {
        setActive(false);
    }
}
