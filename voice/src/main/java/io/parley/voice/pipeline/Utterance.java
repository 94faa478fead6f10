package io.parley.voice.pipeline;

import io.parley.voice.pipeline.clock.SessionClock.Cancellable;
import io.parley.voice.stt.SttStream;
import io.parley.voice.timeline.TimelineMark;

import java.util.EnumMap;
import java.util.Map;

/** One stretch of caller speech, from speech start to its final transcript. Session thread only. */
final class Utterance {

    /** Enough audio to replay a long sentence into a fallback recogniser; longer speech keeps the tail. */
    private static final int MAX_SAMPLES = 16_000 * 30;

    final long id;
    final long startNanos;
    /** Began while the agent was talking: judged by the interruption policy. */
    final boolean overlapped;
    final Map<TimelineMark, Long> marks = new EnumMap<>(TimelineMark.class);
    private short[] audio = new short[16_000 * 2];
    private int audioLength;

    SttStream stream;
    int attempt;
    String partial = "";
    boolean ended;
    boolean interrupted;
    /** Judged a backchannel or noise over the agent: its transcript gets no reply. */
    boolean ignored;
    boolean failed;
    /** The last partial, taken as the transcript when the final did not come in time. */
    String lateText;
    /** Why recognition failed, for the fallback event. */
    String failure = "recogniser failed";
    long speechNanos;
    Cancellable deadline = Cancellable.NONE;

    Utterance(long id, long startNanos, boolean overlapped) {
        this.id = id;
        this.startNanos = startNanos;
        this.overlapped = overlapped;
    }

    void feed(short[] pcm) {
        if (stream != null) {
            stream.accept(pcm);
        }
        if (audioLength + pcm.length > audio.length && audio.length < MAX_SAMPLES) {
            audio = java.util.Arrays.copyOf(audio, Math.min(MAX_SAMPLES, audio.length * 2));
        }
        int n = Math.min(pcm.length, audio.length - audioLength);
        System.arraycopy(pcm, 0, audio, audioLength, n);
        audioLength += n;
    }

    /** The audio heard so far, in 20 ms frames, for replaying into another recogniser. */
    void replayInto(SttStream target) {
        for (int off = 0; off < audioLength; off += 320) {
            int n = Math.min(320, audioLength - off);
            short[] frame = new short[n];
            System.arraycopy(audio, off, frame, 0, n);
            target.accept(frame);
        }
    }

    void closeStream() {
        deadline.cancel();
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
