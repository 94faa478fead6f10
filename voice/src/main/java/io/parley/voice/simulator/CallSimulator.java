package io.parley.voice.simulator;

import io.parley.voice.audio.Resampler;
import io.parley.voice.audio.WavFile;
import io.parley.voice.pipeline.SessionEngines;
import io.parley.voice.pipeline.wire.SessionEventJson;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regression-tests an agent on a recorded call: plays the caller's WAV (any rate) against an agent file and writes
 * every session event as JSON Lines plus the agent's audio as a WAV aligned with the caller's.
 *
 * <pre>
 * java -cp ... io.parley.voice.simulator.CallSimulator --agent agent.json --caller call.wav \
 *      --events events.jsonl --agent-audio agent.wav [--mix both.wav] [--preset web|phone|device]
 *      [--realtime] [--tail-ms 20000]
 * </pre>
 */
public final class CallSimulator {

    private CallSimulator() {
    }

    public static void main(String[] args) throws Exception {
        SimulatorArgs a;
        try {
            a = SimulatorArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SimulatorArgs.USAGE);
            System.exit(2);
            return;
        }
        JsonMapper mapper = JsonMapper.builder().build();
        AgentFile file = AgentFile.read(a.agent(), a.preset(), mapper);
        WavFile.Audio caller = WavFile.read(a.caller());
        short[] caller16k = Resampler.convert(caller.samples(), caller.sampleRate(), 16_000);
        EngineActivity activity = new EngineActivity();
        try (SimulatorEngines engines = SimulatorEngines.forAgent(file.agent(), activity)) {
            CallSimulation.Result result = simulate(file, engines.engines(), caller16k, a, activity, mapper);
            System.out.printf("simulated %.1f s of call, %d events -> %s%n", result.durationMs() / 1000.0,
                    result.events().size(), a.events());
        }
    }

    static CallSimulation.Result simulate(AgentFile file, SessionEngines engines, short[] caller16k, SimulatorArgs a,
                                          EngineActivity activity, JsonMapper mapper) throws IOException {
        return simulate(file, engines, caller16k, a, activity, mapper,
                a.realTime() ? null : new io.parley.voice.pipeline.clock.VirtualClock());
    }

    static CallSimulation.Result simulate(AgentFile file, SessionEngines engines, short[] caller16k, SimulatorArgs a,
                                          EngineActivity activity, JsonMapper mapper,
                                          io.parley.voice.pipeline.clock.VirtualClock clock) throws IOException {
        CallSimulation.Options options = new CallSimulation.Options(a.realTime(), a.tailMs());
        SessionEventJson json = new SessionEventJson(mapper, 0);
        CallSimulation.Result result;
        try (BufferedWriter out = Files.newBufferedWriter(a.events())) {
            result = CallSimulation.run(file.agent(), file.settings(), engines, caller16k, options, clock, event -> {
                try {
                    out.write(json.line(event));
                    out.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, activity::busy);
        }
        WavFile.write(a.agentAudio(), result.agent(), result.sampleRate());
        if (a.mix() != null) {
            StereoWav.write(a.mix(), CallSimulation.stereo(result), result.sampleRate());
        }
        return result;
    }

    /** Command-line options. */
    record SimulatorArgs(Path agent, Path caller, Path events, Path agentAudio, Path mix, String preset,
                         boolean realTime, long tailMs) {

        static final String USAGE = "usage: CallSimulator --agent agent.json --caller call.wav --events out.jsonl "
                + "--agent-audio agent.wav [--mix both.wav] [--preset web|phone|device] [--realtime] [--tail-ms N]";

        static SimulatorArgs parse(String[] args) {
            Path agent = null, caller = null, events = null, agentAudio = null, mix = null;
            String preset = null;
            boolean realTime = false;
            long tailMs = 20_000;
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                switch (flag) {
                    case "--realtime" -> realTime = true;
                    case "--agent" -> agent = Path.of(value(args, ++i, flag));
                    case "--caller" -> caller = Path.of(value(args, ++i, flag));
                    case "--events" -> events = Path.of(value(args, ++i, flag));
                    case "--agent-audio" -> agentAudio = Path.of(value(args, ++i, flag));
                    case "--mix" -> mix = Path.of(value(args, ++i, flag));
                    case "--preset" -> preset = value(args, ++i, flag);
                    case "--tail-ms" -> tailMs = Long.parseLong(value(args, ++i, flag));
                    default -> throw new IllegalArgumentException("unknown option: " + flag);
                }
            }
            if (agent == null || caller == null || events == null || agentAudio == null) {
                throw new IllegalArgumentException("--agent, --caller, --events and --agent-audio are required");
            }
            return new SimulatorArgs(agent, caller, events, agentAudio, mix, preset, realTime, tailMs);
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }
    }
}
