package io.parley.bench.pipeline;

import io.parley.voice.agent.AgentConfig;
import io.parley.voice.pipeline.CallSession;
import io.parley.voice.pipeline.SteppedCall;
import io.parley.voice.pipeline.clock.VirtualClock;
import io.parley.voice.pipeline.event.AgentState;
import io.parley.voice.pipeline.event.SessionEvent;
import io.parley.voice.settings.RealtimeSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the call session itself costs, with engines that answer instantly:
 * <ul>
 *   <li>{@code frame}: one 20 ms caller frame through the mailbox, VAD hook, turn detector and pacer beat
 *       (batches of 50 frames = one second of call, posted then awaited);</li>
 *   <li>{@code steppedFrame}: one simulated 20 ms step including the hand-off to the call's thread and back;</li>
 *   <li>{@code turn}: a whole exchange (caller speaks, turn ends, reply streams, two sentences are synthesised
 *       and paced out) measured as the CPU time of all its steps.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class PipelineOverheadBenchmark {

    private static final short[] SILENCE = new short[320];
    private static final short[] SPEECH = speech();

    private VirtualClock clock;
    private CallSession session;
    private SteppedCall call;
    private final AtomicInteger repliesFinished = new AtomicInteger();
    private final AtomicLong heardSamples = new AtomicLong();
    private long turns;
    private long turnSteps;

    @Setup(Level.Trial)
    public void setUp() {
        clock = new VirtualClock();
        AgentConfig agent = new AgentConfig("bench", "Book tables.", "", "en-US", "en-us", null, null);
        CallSession.Builder builder = CallSession.builder(agent, RealtimeSettings.defaults(), InstantEngines.create(16_000))
                .mailboxCapacity(1024)
                .audioOutput((turnId, frame) -> heardSamples.addAndGet(frame.samples().length))
                .listener(e -> {
                    if (e instanceof SessionEvent.AgentStateChanged s && s.state() == AgentState.LISTENING) {
                        repliesFinished.incrementAndGet();
                    }
                });
        call = SteppedCall.start(builder, clock, Duration.ofSeconds(10));
        session = call.session();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (turns > 0) {
            System.out.printf("%n[turn] %d turns, %.1f simulated 20 ms steps per turn%n", turns, (double) turnSteps / turns);
        }
        call.close();
    }

    @Benchmark
    @OperationsPerInvocation(50)
    public void frame() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            session.acceptAudio(SILENCE);
        }
        session.awaitIdle(Duration.ofSeconds(10));
    }

    @Benchmark
    public void steppedFrame() {
        call.step(SILENCE);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int turn(Blackhole bh) {
        int before = repliesFinished.get();
        for (int i = 0; i < 25; i++) {       // 500 ms of caller speech
            call.step(SPEECH);
        }
        int steps = 0;
        while (repliesFinished.get() == before && steps < 500) {
            call.step(SILENCE);
            steps++;
        }
        bh.consume(heardSamples.get());
        turns++;
        turnSteps += 25 + steps;
        return steps;
    }

    private static short[] speech() {
        short[] s = new short[320];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (2000 + 1000 * Math.sin(i * 0.3));
        }
        return s;
    }
}
