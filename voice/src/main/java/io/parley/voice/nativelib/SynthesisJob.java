package io.parley.voice.nativelib;

import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One queued synthesis: its text, voice and listener, and the guard that makes {@link #cancel()} final. Every
 * delivery to the listener happens under a lock that {@code cancel()} also takes, so once {@code cancel()} returns
 * nothing more reaches the listener (not even {@code done()}).
 */
public final class SynthesisJob implements TtsJob {

    private static final Logger log = LoggerFactory.getLogger(SynthesisJob.class);

    private final String text;
    private final String voice;
    private final TtsListener listener;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean cancelled;
    private boolean ended;

    SynthesisJob(String text, String voice, TtsListener listener) {
        this.text = Objects.requireNonNull(text, "text");
        this.voice = Objects.requireNonNull(voice, "voice");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public String text() {
        return text;
    }

    public String voice() {
        return voice;
    }

    /** Whether the engine should stop rendering this job. Cheap; read from native callbacks. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Hands a chunk to the listener; false when the job was cancelled and rendering should stop. */
    public boolean deliver(short[] pcm) {
        lock.lock();
        try {
            if (cancelled || ended) {
                return false;
            }
            if (pcm.length > 0) {
                listener.audio(pcm);
            }
            return !cancelled;
        } catch (RuntimeException e) {
            log.warn("TTS listener threw on audio; the job stops", e);
            cancelled = true;
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Signals the end of the audio, unless cancelled. */
    public void complete() {
        end(null);
    }

    /** Reports a failure, unless cancelled. */
    public void fail(Throwable error) {
        end(error);
    }

    private void end(Throwable error) {
        lock.lock();
        try {
            if (cancelled || ended) {
                return;
            }
            ended = true;
            if (error == null) {
                listener.done();
            } else {
                listener.error(error);
            }
        } catch (RuntimeException e) {
            log.warn("TTS listener threw on completion", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void cancel() {
        cancelled = true; // seen by the render loop at once, even while a delivery holds the lock
        lock.lock();
        lock.unlock();
    }
}
