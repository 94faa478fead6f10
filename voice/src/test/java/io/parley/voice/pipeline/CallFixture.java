package io.parley.voice.pipeline;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.pipeline.clock.VirtualClock;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.settings.RealtimeSettings;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A call on simulated time with scripted engines, recording what the caller would hear and every event. */
final class CallFixture implements AutoCloseable {

    record Heard(long atMs, long turnId, int samples, int rate) { }

    final VirtualClock clock = new VirtualClock();
    final ScriptedStt stt;
    final ScriptedChatModel llm;
    final ToneTts tts;
    final List<SessionEvent> events = new CopyOnWriteArrayList<>();
    final List<Heard> heard = new CopyOnWriteArrayList<>();
    final List<Long> flushedTurns = new CopyOnWriteArrayList<>();
    final RealtimeSettings settings;
    SteppedCall call;

    CallFixture(RealtimeSettings settings) {
        this.settings = settings;
        this.stt = new ScriptedStt("scripted-stt", clock, 150);
        this.llm = new ScriptedChatModel(clock);
        this.tts = ToneTts.voice("tone", clock);
    }

    CallFixture() {
        this(RealtimeSettings.defaults());
    }

    static AgentConfig agent(String greeting) {
        return new AgentConfig("test-agent", "You book tables.", greeting, "en-US", "en-us", null, null);
    }

    CallFixture start(String greeting, Consumer<CallSession.Builder> customise) {
        SessionEngines engines = SessionEngines.of(new EnergyVad(), stt, llm, tts);
        start(greeting, engines, customise);
        return this;
    }

    CallFixture start(String greeting, SessionEngines engines, Consumer<CallSession.Builder> customise) {
        CallSession.Builder builder = CallSession.builder(agent(greeting), settings, engines)
                .listener(events::add)
                .audioOutput(new AudioOutput() {
                    public void play(long turnId, io.parley.voice.audio.PcmFrame frame) {
                        heard.add(new Heard(clock.millis(), turnId, frame.samples().length, frame.sampleRate()));
                    }

                    public void flush(long turnId) {
                        flushedTurns.add(turnId);
                    }
                });
        customise.accept(builder);
        call = SteppedCall.start(builder, clock, Duration.ofSeconds(5));
        return this;
    }

    CallFixture start(String greeting) {
        return start(greeting, b -> { });
    }

    /** The caller talks for {@code ms} (loud noise; the scripted recogniser decides the words). */
    void speak(long ms) {
        Random random = new Random(ms);
        short[] pcm = new short[(int) (ms * 16)];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (random.nextGaussian() * 4000);
        }
        call.feed(pcm);
    }

    void silence(long ms) {
        call.silence(ms);
    }

    /** Caller silence until {@code done} holds, at most {@code maxMs}. */
    void silenceUntil(java.util.function.BooleanSupplier done, long maxMs) {
        for (long t = 0; t < maxMs && !done.getAsBoolean(); t += 20) {
            call.silence(20);
        }
    }

    long now() {
        return call.nowMs();
    }

    <T extends SessionEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<String> spoken() {
        return events(SessionEvent.AgentTextSpoken.class).stream().map(SessionEvent.AgentTextSpoken::text).toList();
    }

    /** When the caller first heard agent audio at or after {@code fromMs}, or -1. */
    long firstHeardAfter(long fromMs) {
        return heard.stream().filter(h -> h.atMs() >= fromMs).mapToLong(Heard::atMs).min().orElse(-1);
    }

    /** Agent audio heard in [fromMs, toMs), in milliseconds. */
    double heardMs(long fromMs, long toMs) {
        return heard.stream().filter(h -> h.atMs() >= fromMs && h.atMs() < toMs)
                .mapToDouble(h -> h.samples() * 1000.0 / h.rate()).sum();
    }

    boolean agentIdle() {
        return events.stream().reduce((a, b) -> b)
                .map(e -> e instanceof SessionEvent.AgentStateChanged s
                        && s.state() == io.parley.voice.pipeline.event.AgentState.LISTENING).orElse(false);
    }

    @Override
    public void close() {
        if (call != null) {
            call.close();
        }
    }
}
