package io.parley.voice.simulator;

import io.parley.voice.audio.Resampler;
import io.parley.voice.audio.WavFile;
import io.parley.voice.agent.AgentConfigs;
import io.parley.voice.settings.ChannelPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator with Parley's offline engines: a caller recorded with espeak-ng asks the sample booking agent
 * for a table; pocketsphinx hears it, the flow agent answers, espeak-ng speaks.
 */
class SimulatedBookingCallTests {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void aCallerAsksForATableAndTheAgentAnswersWithoutDeadAir(@TempDir Path dir) throws Exception {
        WavFile.Audio ask = Espeak.say("I would like to book a table.", dir);
        int rate = ask.sampleRate();
        int askAt = rate * 9;              // after the greeting
        short[] call = new short[askAt + ask.samples().length + rate * 2];
        System.arraycopy(ask.samples(), 0, call, askAt, ask.samples().length);
        Path callerWav = dir.resolve("caller.wav");
        WavFile.write(callerWav, call, rate);
        Path agentJson = dir.resolve("agent.json");
        try (var in = AgentConfigs.class.getResourceAsStream("/agents/booking-agent.json")) {
            Files.write(agentJson, in.readAllBytes());
        }
        var args = CallSimulator.SimulatorArgs.parse(new String[] {"--agent", agentJson.toString(), "--caller",
                callerWav.toString(), "--events", dir.resolve("events.jsonl").toString(), "--agent-audio",
                dir.resolve("agent.wav").toString()});
        AgentFile file = AgentFile.read(agentJson, null, mapper);
        short[] caller16k = Resampler.convert(call, rate, 16_000);
        EngineActivity activity = new EngineActivity();

        try (SimulatorEngines engines = SimulatorEngines.forAgent(file.agent(), activity)) {
            CallSimulator.simulate(file, engines.engines(), caller16k, args, activity, mapper);
        }

        List<JsonNode> events = Files.readAllLines(dir.resolve("events.jsonl")).stream().map(mapper::readTree).toList();
        List<String> spoken = events.stream().filter(e -> type(e).equals("agent_text_spoken"))
                .map(e -> e.get("text").asString()).toList();
        assertThat(spoken.getFirst()).startsWith("Thanks for calling Trattoria Parley");
        // Whatever the recogniser made of it (a reply, or a request to repeat), the caller is answered.
        assertThat(spoken).hasSizeGreaterThan(1);

        JsonNode answer = events.stream().filter(e -> type(e).equals("turn_timeline")
                && e.get("voiceToVoiceMs").asDouble() > 0).findFirst().orElseThrow();
        assertThat(answer.get("marksMs").propertyNames()).contains("user_speech_end", "end_of_turn",
                "first_sentence", "tts_first_audio", "first_audio_out");
        double sum = 0;
        for (JsonNode gap : answer.get("gapsMs")) {
            sum += gap.asDouble();
        }
        assertThat(sum).isCloseTo(answer.get("voiceToVoiceMs").asDouble(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(answer.get("voiceToVoiceMs").asDouble())
                .isLessThan(ChannelPreset.WEB.settings().deadAirTimeoutMs());
    }

    private static String type(JsonNode event) {
        return event.get("type").asString();
    }
}
