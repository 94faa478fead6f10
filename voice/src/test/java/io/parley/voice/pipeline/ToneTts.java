package io.parley.voice.pipeline;

import io.parley.voice.pipeline.clock.SessionClock;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A voice that speaks a tone, {@code msPerChar} per character of text, after {@code latencyMs}; or fails, or
 * never answers, as its mode says. Records what it was asked to say and when.
 */
public final class ToneTts implements TextToSpeech {

    public enum Mode { SPEAK, FAIL, HANG }

    public record Request(String text, long atMs) { }

    private final String name;
    private final SessionClock clock;
    private final int rate;
    private final long latencyMs;
    private final long msPerChar;
    private final short amplitude;
    public volatile Mode mode = Mode.SPEAK;
    /** Text containing this never gets audio (a synthesis that hangs on one sentence). */
    public volatile String hangOn;
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public ToneTts(String name, SessionClock clock, int rate, long latencyMs, long msPerChar, int amplitude) {
        this.name = name;
        this.clock = clock;
        this.rate = rate;
        this.latencyMs = latencyMs;
        this.msPerChar = msPerChar;
        this.amplitude = (short) amplitude;
    }

    public static ToneTts voice(String name, SessionClock clock) {
        return new ToneTts(name, clock, 22_050, 50, 60, 8000);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int sampleRate() {
        return rate;
    }

    @Override
    public TtsJob synthesize(String text, String voice, TtsListener listener) {
        requests.add(new Request(text, clock.millis()));
        boolean[] cancelled = {false};
        Mode m = hangOn != null && text.contains(hangOn) ? Mode.HANG : mode;
        clock.schedule(latencyMs, () -> {
            if (cancelled[0]) {
                return;
            }
            switch (m) {
                case FAIL -> listener.error(new IllegalStateException(name + " crashed"));
                case HANG -> { }
                case SPEAK -> {
                    int total = (int) (text.length() * msPerChar * rate / 1000);
                    int chunk = rate / 10;
                    for (int off = 0; off < total && !cancelled[0]; off += chunk) {
                        short[] pcm = new short[Math.min(chunk, total - off)];
                        for (int i = 0; i < pcm.length; i++) {
                            pcm[i] = (short) (amplitude * Math.sin(2 * Math.PI * 220 * (off + i) / rate));
                        }
                        listener.audio(pcm);
                    }
                    if (!cancelled[0]) {
                        listener.done();
                    }
                }
            }
        });
        return () -> cancelled[0] = true;
    }
}
