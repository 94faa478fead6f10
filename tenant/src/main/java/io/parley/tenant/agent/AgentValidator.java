package io.parley.tenant.agent;

import io.parley.tenant.problem.Checks;
import io.parley.voice.agent.EngineChoice;
import io.parley.voice.agent.EngineChoices;
import io.parley.voice.agent.FlowDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks an agent draft field by field, so the admin sees every problem at once and the engine never sees junk. */
final class AgentValidator {

    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_.]+)}");
    static final int MAX_INTENTS = 100;

    private AgentValidator() {
    }

    static void validate(AgentDraft d) {
        Checks c = new Checks()
                .text(d.name(), "name", 120)
                .optionalText(d.instructions(), "instructions", 20_000)
                .optionalText(d.greeting(), "greeting", 1000)
                .require(d.language() == null || LANGUAGE.matcher(d.language()).matches(), "language",
                        "must be a language tag like en-US")
                .optionalText(d.voice(), "voice", 64);
        if (d.engines() != null) {
            engine(c, d.engines().stt(), "engines.stt", EngineChoices.STT_ENGINES);
            engine(c, d.engines().llm(), "engines.llm", EngineChoices.LLM_ENGINES);
            engine(c, d.engines().tts(), "engines.tts", EngineChoices.TTS_ENGINES);
        }
        String llm = d.engines() == null || d.engines().llm() == null ? EngineChoices.offline().llm().engine()
                : d.engines().llm().engine();
        c.require(d.flow() != null || !"flow".equals(llm), "flow",
                "is required when engines.llm is flow (the offline agent runs a structured flow); "
                        + "add intents or choose another LLM engine");
        if (d.flow() != null) {
            flow(c, d.flow());
        }
        c.throwIfAny();
    }

    private static void engine(Checks c, EngineChoice choice, String field, List<String> allowed) {
        if (choice == null) {
            c.require(false, field, "is required when engines are given");
            return;
        }
        c.require(allowed.contains(choice.engine()), field + ".engine", "must be one of " + String.join(", ", allowed));
        c.size(choice.options().entrySet(), field + ".options", 20);
        choice.options().forEach((k, v) -> c.require(k.length() <= 64 && v != null && v.length() <= 500,
                field + ".options." + k, "keys are at most 64 and values at most 500 characters"));
        String fallback = choice.options().get(EngineChoices.FALLBACK_OPTION);
        if (fallback != null && !"none".equalsIgnoreCase(fallback.strip())) {
            c.require(java.util.Arrays.stream(fallback.split(",")).map(String::strip).allMatch(allowed::contains),
                    field + ".options." + EngineChoices.FALLBACK_OPTION,
                    "must be none or a comma-separated list of " + String.join(", ", allowed));
        }
    }

    private static void flow(Checks c, FlowDefinition flow) {
        c.require(!flow.intents().isEmpty(), "flow.intents", "must have at least one intent")
                .size(flow.intents(), "flow.intents", MAX_INTENTS)
                .optionalText(flow.fallbackReply(), "flow.fallbackReply", 1000)
                .optionalText(flow.handoffReply(), "flow.handoffReply", 1000);
        Set<String> intentNames = new HashSet<>();
        for (int i = 0; i < flow.intents().size(); i++) {
            FlowDefinition.Intent intent = flow.intents().get(i);
            String at = "flow.intents[" + i + "]";
            if (intent == null) {
                c.require(false, at, "must not be null");
                continue;
            }
            c.require(intent.name() != null && NAME.matcher(intent.name()).matches(), at + ".name",
                            "must be lower_snake_case, 1 to 40 characters")
                    .require(intentNames.add(String.valueOf(intent.name())), at + ".name", "must be unique")
                    .require(!intent.examples().isEmpty(), at + ".examples", "must have at least one example phrase")
                    .size(intent.examples(), at + ".examples", 100)
                    .text(intent.reply(), at + ".reply", 1000)
                    .require(intent.tool() == null || NAME.matcher(intent.tool()).matches(), at + ".tool",
                            "must be lower_snake_case");
            Set<String> slotNames = new HashSet<>();
            for (int s = 0; s < intent.slots().size(); s++) {
                FlowDefinition.Slot slot = intent.slots().get(s);
                String slotAt = at + ".slots[" + s + "]";
                if (slot == null) {
                    c.require(false, slotAt, "must not be null");
                    continue;
                }
                c.require(slot.name() != null && NAME.matcher(slot.name()).matches(), slotAt + ".name",
                                "must be lower_snake_case")
                        .require(slotNames.add(String.valueOf(slot.name())), slotAt + ".name", "must be unique")
                        .require(slot.type() != null, slotAt + ".type",
                                "must be one of text, number, date, time, choice, name")
                        .text(slot.prompt(), slotAt + ".prompt", 500)
                        .require(slot.type() != FlowDefinition.SlotType.CHOICE || !slot.values().isEmpty(),
                                slotAt + ".values", "a choice slot needs its values");
            }
            if (intent.reply() != null) {
                Matcher m = PLACEHOLDER.matcher(intent.reply());
                while (m.find()) {
                    String name = m.group(1);
                    c.require(slotNames.contains(name) || (name.startsWith("tool.") && intent.tool() != null),
                            at + ".reply", "refers to {%s}, which is neither a slot nor a tool result".formatted(name));
                }
            }
        }
    }
}
