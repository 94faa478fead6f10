package io.parley.voice.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import io.parley.voice.agent.FlowDefinition;
import io.parley.voice.agent.FlowDefinition.Intent;
import io.parley.voice.agent.FlowDefinition.Slot;
import io.parley.voice.agent.FlowDefinition.SlotType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state of a flow, rebuilt from the conversation every time: the caller's words and the tool results decide it,
 * never the agent's own lines. An agent line cut short by an interruption therefore changes nothing, and "say that
 * again" repeats the whole line the agent meant to say.
 */
final class FlowConversation {

    static final String TOOL_PREAMBLE = "One moment, please.";
    private static final String NOT_CAUGHT = "Sorry, I didn't catch that.";
    /** How sure a question must match to be answered in the middle of collecting a slot. */
    private static final double ASIDE_SCORE = 0.7;
    private static final String ANYTHING_ELSE = "Is there anything else I can help you with?";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FlowDefinition flow;
    private final IntentMatcher matcher;
    private final LocalDate today;
    private Intent active;
    private final Map<String, SlotValue> slots = new LinkedHashMap<>();
    private boolean awaitingTool;
    private String lastSaid;
    private final String greeting;
    private boolean callerSpoke;
    private FlowStep step;

    private FlowConversation(FlowDefinition flow, IntentMatcher matcher, LocalDate today, String greeting) {
        this.flow = flow;
        this.matcher = matcher;
        this.today = today;
        this.greeting = greeting;
        this.step = new FlowStep.Say(greeting, null, false);
        this.lastSaid = greeting;
    }

    static FlowConversation replay(FlowDefinition flow, IntentMatcher matcher, LocalDate today, String greeting,
                                   List<ChatMessage> history) {
        FlowConversation conversation = new FlowConversation(flow, matcher, today, greeting);
        for (int i = 0; i < history.size(); i++) {
            ChatMessage message = history.get(i);
            boolean last = i == history.size() - 1;
            switch (message) {
                case UserMessage user -> conversation.heard(user.hasSingleText() ? user.singleText() : "", i);
                case ToolExecutionResultMessage result -> conversation.toolFinished(result);
                case AiMessage ai when last -> conversation.reprompt(ai);
                default -> { }
            }
        }
        return conversation;
    }

    /** What to do in reply to the last message of the history. */
    FlowStep step() {
        return step;
    }

    Intent active() {
        return active;
    }

    /** The slot the agent is waiting for, or null. */
    Slot asked() {
        if (active == null || awaitingTool) {
            return null;
        }
        return active.slots().stream().filter(s -> !slots.containsKey(s.name())).findFirst().orElse(null);
    }

    private void heard(String text, int index) {
        callerSpoke = true;
        awaitingTool = false;
        Utterance said = Utterance.of(text);
        if (Repeats.asked(said) && lastSaid != null && !lastSaid.isBlank()) {
            say(lastSaid, active, false);
            return;
        }
        Slot asked = asked();
        if (active == null || asked == null) {
            start(matcher.best(said), said, index);
            return;
        }
        Map<String, SlotValue> found = SlotExtractor.extract(open(), asked, said, today);
        IntentMatcher.Match other = matcher.best(said);
        if (other != null && other.intent() != active && switches(other, asked, found, said)) {
            if (isAnswerOnly(other.intent())) {
                step = new FlowStep.Say(other.intent().reply() + " " + asked.prompt(), other.intent().name(), false);
                lastSaid = asked.prompt();
                return;
            }
            start(other, said, index);
            return;
        }
        slots.putAll(found);
        if (found.isEmpty()) {
            say(NOT_CAUGHT + " " + asked.prompt(), active, false);
            lastSaid = asked.prompt();
            return;
        }
        advance(index);
    }

    /**
     * Whether the caller turned to something else instead of answering. Any match counts when no answer was heard;
     * when one was, only a sure match that is a question ("are you open on sunday?" while asked for a day) or that
     * came instead of a free-form answer ("can I talk to a person?" while asked for a name).
     */
    private static boolean switches(IntentMatcher.Match other, Slot asked, Map<String, SlotValue> found,
                                    Utterance said) {
        if (!found.containsKey(asked.name())) {
            return true;
        }
        boolean freeForm = asked.type() == SlotType.NAME || asked.type() == SlotType.TEXT;
        return other.score() >= ASIDE_SCORE && (freeForm || Questions.is(said));
    }

    private void start(IntentMatcher.Match match, Utterance said, int index) {
        slots.clear();
        active = null;
        if (match == null) {
            say(flow.fallbackReply(), null, false);
            return;
        }
        active = match.intent();
        slots.putAll(SlotExtractor.extract(open(), null, said, today));
        advance(index);
    }

    private void advance(int index) {
        Slot next = asked();
        if (next != null) {
            say(next.prompt(), active, false);
        } else if (active.tool() != null && !active.tool().isBlank()) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            active.slots().forEach(slot -> arguments.put(slot.name(), slots.get(slot.name()).canonical()));
            ToolExecutionRequest request = ToolExecutionRequest.builder()
                    .id("flow-" + index).name(active.tool()).arguments(JSON.writeValueAsString(arguments)).build();
            step = new FlowStep.CallTool(request, TOOL_PREAMBLE, active.name());
            awaitingTool = true;
        } else {
            finish(null);
        }
    }

    private void toolFinished(ToolExecutionResultMessage result) {
        if (active == null || !awaitingTool || !result.toolName().equals(active.tool())) {
            return;
        }
        awaitingTool = false;
        JsonNode json = parse(result.text());
        boolean failed = Boolean.TRUE.equals(result.isError()) || json.has("error");
        if (!failed) {
            finish(json);
            return;
        }
        String apology = json.has("say") ? json.get("say").asString()
                : "Sorry, I couldn't complete that just now.";
        String retrySlot = json.has("slot") ? json.get("slot").asString() : null;
        if (retrySlot != null && slots.remove(retrySlot) != null) {
            say(apology + " " + asked().prompt(), active, false);
            return;
        }
        say(apology + " " + ANYTHING_ELSE, null, false);
        active = null;
        slots.clear();
    }

    private void finish(JsonNode toolResult) {
        Intent done = active;
        String reply = ReplyTemplate.render(done.reply(), slots, toolResult);
        say(done.handoff() ? (reply + " " + flow.handoffReply()).strip() : reply, done, done.handoff());
        active = null;
        slots.clear();
    }

    private void reprompt(AiMessage last) {
        if (last.hasToolExecutionRequests()) {
            return;
        }
        if (!callerSpoke) {
            step = new FlowStep.Say(greeting, null, false);
            return;
        }
        Slot asked = asked();
        step = new FlowStep.Say(asked != null ? asked.prompt() : ANYTHING_ELSE, active == null ? null : active.name(),
                false);
    }

    private void say(String text, Intent intent, boolean handoff) {
        step = new FlowStep.Say(text, intent == null ? null : intent.name(), handoff);
        lastSaid = text;
    }

    private List<Slot> open() {
        return active.slots().stream().filter(s -> !slots.containsKey(s.name())).toList();
    }

    private static boolean isAnswerOnly(Intent intent) {
        return intent.slots().isEmpty() && (intent.tool() == null || intent.tool().isBlank()) && !intent.handoff();
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text == null ? "" : text);
            return node != null && node.isObject() ? node : JSON.createObjectNode().put("result", text);
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode().put("result", text);
        }
    }
}
