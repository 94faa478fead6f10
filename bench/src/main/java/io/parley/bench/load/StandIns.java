package io.parley.bench.load;

import io.parley.bench.load.report.StepReport;
import io.parley.bench.standin.DeepgramStandin;
import io.parley.bench.standin.Fault;
import io.parley.bench.standin.FaultPlan;
import io.parley.bench.standin.Latency;
import io.parley.bench.standin.OpenAiChatStandin;
import io.parley.bench.standin.OpenAiSpeechStandin;
import io.parley.bench.standin.Standins;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engines behind the node under test. With {@code --engines offline} the node runs its own offline engines
 * (pocketsphinx, the flow agent, espeak-ng) and there is nothing to start here. With {@code standin} the harness
 * starts loopback stand-ins of the cloud APIs (Deepgram live STT, OpenAI chat and speech) with the configured
 * latencies and jitter and any engine faults, and points the node at them.
 */
final class StandIns implements AutoCloseable {

    /**
     * What the stand-in LLM says, every reply: a one-word first sentence, so the time to the first sentence is the
     * configured first-token latency plus one token, then about seven seconds of speech to talk over.
     */
    static final List<String> REPLIES = List.of(
            "Sure. On Saturday we open at noon and close at eleven in the evening, and the kitchen takes last "
                    + "orders at a quarter past ten.",
            "Certainly. About a third of the menu is vegetarian, there is a mushroom risotto and a pumpkin ravioli, "
                    + "and most of the pasta can be made gluten free.");
    /** Faults and which stand-in takes each, in order of preference (a stand-in has one fault plan). */
    static final Map<String, List<String>> FAULT_ENGINES = Map.of(
            "engine-error", List.of("stt", "tts", "llm"),
            "engine-timeout", List.of("llm", "tts", "stt"),
            "engine-garbage", List.of("tts", "llm", "stt"),
            "slow-engine", List.of("tts", "llm", "stt"));
    static final Map<String, Fault> FAULT_KINDS = Map.of("engine-error", Fault.ERROR, "engine-timeout", Fault.HANG,
            "engine-garbage", Fault.GARBAGE, "slow-engine", Fault.SLOW);

    private final Map<String, Object> agentEngines;
    private final List<String> nodeSettings;
    private final List<StepReport.FaultRecord> faults;
    private final Standins running;

    private StandIns(Map<String, Object> agentEngines, List<String> nodeSettings, List<StepReport.FaultRecord> faults,
                     Standins running) {
        this.agentEngines = agentEngines;
        this.nodeSettings = nodeSettings;
        this.faults = faults;
        this.running = running;
    }

    static StandIns start(LoadOptions options) throws IOException {
        if (!"standin".equals(options.engines())) {
            return new StandIns(LoadHarness.offlineEngines(), List.of(), List.of(), null);
        }
        Map<String, FaultPlan> plans = plans(options);
        int jitter = options.jitterMs();
        Standins.Config config = new Standins.Config(
                DeepgramStandin.Config.defaults().withFinalLatency(Latency.of(options.engineMs().get("stt"), jitter))
                        .withFaults(plans.getOrDefault("stt", FaultPlan.NONE)),
                OpenAiChatStandin.Config.defaults().withFirstToken(Latency.of(options.engineMs().get("llm"), jitter))
                        .withReplies(REPLIES).withFaults(plans.getOrDefault("llm", FaultPlan.NONE)),
                OpenAiSpeechStandin.Config.defaults().withFirstAudio(Latency.of(options.engineMs().get("tts"), jitter))
                        .withFaults(plans.getOrDefault("tts", FaultPlan.NONE)));
        Standins standins = Standins.start(config);
        List<String> settings = new ArrayList<>();
        standins.nodeProperties().forEach((k, v) -> settings.add("--" + k + "=" + v));
        List<StepReport.FaultRecord> records = new ArrayList<>();
        plans.forEach((engine, plan) -> records.add(new StepReport.FaultRecord("engine-" + plan.fault().name()
                .toLowerCase(java.util.Locale.ROOT), 0, engine + " stand-in: " + plan + " of requests, throughout")));
        Map<String, Object> engines = new LinkedHashMap<>();
        engines.put("stt", Map.of("engine", "deepgram", "options", Map.of()));
        engines.put("llm", Map.of("engine", "openai", "options", Map.of()));
        engines.put("tts", Map.of("engine", "openai", "options", Map.of()));
        return new StandIns(engines, settings, records, standins);
    }

    /** One stand-in per engine fault asked for, each on the first free engine of its preference. */
    static Map<String, FaultPlan> plans(LoadOptions options) {
        Map<String, FaultPlan> plans = new LinkedHashMap<>();
        for (String fault : List.of("engine-error", "engine-timeout", "engine-garbage", "slow-engine")) {
            if (!options.faults().contains(fault)) {
                continue;
            }
            String engine = FAULT_ENGINES.get(fault).stream().filter(e -> !plans.containsKey(e)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "at most three engine faults at once: each stand-in takes one"));
            plans.put(engine, new FaultPlan(FAULT_KINDS.get(fault), options.engineFaultRate(), 5));
        }
        return plans;
    }

    Map<String, Object> agentEngines() {
        return agentEngines;
    }

    List<String> nodeSettings() {
        return nodeSettings;
    }

    /** Engine faults in effect for the whole run. */
    List<StepReport.FaultRecord> faults() {
        return faults;
    }

    @Override
    public void close() {
        if (running != null) {
            running.close();
        }
    }
}
