package io.parley.voice.simulator;

import io.parley.voice.audio.Resampler;
import io.parley.voice.audio.WavFile;
import io.parley.voice.pipeline.EnergyVad;
import io.parley.voice.pipeline.ScriptedChatModel;
import io.parley.voice.pipeline.ScriptedStt;
import io.parley.voice.pipeline.SessionEngines;
import io.parley.voice.pipeline.ToneTts;
import io.parley.voice.pipeline.clock.VirtualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallSimulatorTests {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void playsARecordedCallerAndWritesEventsAndTheAgentTrack(@TempDir Path dir) throws Exception {
        WavFile.Audio speech = Espeak.say("I would like to book a table for two tonight.", dir);
        short[] caller22k = new short[speech.samples().length + speech.sampleRate() * 4];
        System.arraycopy(speech.samples(), 0, caller22k, speech.sampleRate() / 2, speech.samples().length);
        Path callerWav = dir.resolve("caller.wav");
        WavFile.write(callerWav, caller22k, speech.sampleRate());
        Path agentJson = dir.resolve("agent.json");
        Files.writeString(agentJson, """
                {"agent": {"name": "bistro", "instructions": "Book tables.", "greeting": "",
                           "engines": {"stt": {"engine": "pocketsphinx"}, "llm": {"engine": "flow"},
                                       "tts": {"engine": "espeak-ng"}}},
                 "preset": "web"}
                """);

        VirtualClock clock = new VirtualClock();
        var stt = new ScriptedStt("pocketsphinx", clock, 120, ScriptedStt.says("i would like to book a table for two tonight"));
        var llm = new ScriptedChatModel(clock, ScriptedChatModel.says("Sure. ", "What time would you like?"));
        var tts = ToneTts.voice("espeak-ng", clock);
        SessionEngines engines = new SessionEngines(new EnergyVad(), List.of(stt), List.of(llm), List.of(tts), null);
        var args = CallSimulator.SimulatorArgs.parse(new String[] {"--agent", agentJson.toString(), "--caller",
                callerWav.toString(), "--events", dir.resolve("events.jsonl").toString(), "--agent-audio",
                dir.resolve("agent.wav").toString(), "--mix", dir.resolve("mix.wav").toString()});
        WavFile.Audio caller = WavFile.read(callerWav);
        short[] caller16k = Resampler.convert(caller.samples(), caller.sampleRate(), 16_000);

        CallSimulation.Result result = CallSimulator.simulate(AgentFile.read(agentJson, null, mapper), engines,
                caller16k, args, new EngineActivity(), mapper, clock);

        List<JsonNode> events = Files.readAllLines(dir.resolve("events.jsonl")).stream().map(mapper::readTree).toList();
        assertThat(events).anyMatch(e -> e.get("type").asString().equals("user_transcript")
                && e.get("isFinal").asBoolean() && e.get("text").asString().contains("book a table"));
        assertThat(events).filteredOn(e -> e.get("type").asString().equals("agent_text_spoken"))
                .extracting(e -> e.get("text").asString()).containsExactly("Sure.", "What time would you like?");
        JsonNode timeline = events.stream().filter(e -> e.get("type").asString().equals("turn_timeline"))
                .findFirst().orElseThrow();
        double gapSum = 0;
        for (JsonNode gap : timeline.get("gapsMs")) {
            gapSum += gap.asDouble();
        }
        assertThat(gapSum).isCloseTo(timeline.get("voiceToVoiceMs").asDouble(), org.assertj.core.data.Offset.offset(0.01));

        WavFile.Audio agent = WavFile.read(dir.resolve("agent.wav"));
        assertThat(agent.sampleRate()).isEqualTo(16_000);
        assertThat(agent.samples().length).isEqualTo(result.caller().length);
        int speechStart = 8_000;
        int speechEnd = speechStart + speech.samples().length * 16_000 / speech.sampleRate();
        assertThat(rms(agent.samples(), speechStart, speechEnd)).as("agent quiet while the caller speaks").isZero();
        assertThat(rms(agent.samples(), speechEnd, agent.samples().length)).as("agent answers").isGreaterThan(1000);
        assertThat(rms(result.caller(), speechStart, speechEnd)).as("caller track holds the caller").isGreaterThan(300);
        assertThat(WavFile.read(dir.resolve("mix.wav")).samples()).hasSize(result.caller().length);
    }

    private static double rms(short[] pcm, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, pcm.length); i++) {
            sum += (double) pcm[i] * pcm[i];
            n++;
        }
        return n == 0 ? 0 : Math.sqrt(sum / n);
    }
}
