package io.parley.voice.agent;

import java.util.List;

/**
 * A structured workflow for narrow production agents (booking, FAQ, triage), run without a language model.
 * The caller's words are matched to an intent by its example phrases; the intent's slots are asked for in order;
 * once all are filled its tool (if any) is called and its reply spoken, with {slot} placeholders filled in.
 *
 * @param intents       what callers can ask for
 * @param fallbackReply spoken when nothing matches
 * @param handoffReply  spoken when an intent hands off to a human
 */
public record FlowDefinition(List<Intent> intents, String fallbackReply, String handoffReply) {

    public FlowDefinition {
        intents = intents == null ? List.of() : List.copyOf(intents);
        fallbackReply = fallbackReply == null ? "Sorry, I didn't catch that. Could you say it another way?" : fallbackReply;
        handoffReply = handoffReply == null ? "Let me connect you with a person." : handoffReply;
    }

    /**
     * @param name     unique within the flow
     * @param examples phrases a caller might say
     * @param slots    values to collect before replying
     * @param reply    spoken when done; {slot} and {tool.field} placeholders are filled in
     * @param tool     optional tool to call with the slots; null for none
     * @param handoff  true to hand the caller to a human after the reply
     */
    public record Intent(String name, List<String> examples, List<Slot> slots, String reply, String tool,
                         Boolean handoff) {
        public Intent {
            handoff = Boolean.TRUE.equals(handoff);
            examples = examples == null ? List.of() : List.copyOf(examples);
            slots = slots == null ? List.of() : List.copyOf(slots);
        }
    }

    /**
     * @param name   placeholder name
     * @param type   what to extract from the caller's words
     * @param prompt how the agent asks for it
     * @param values allowed values when type is {@link SlotType#CHOICE}
     */
    public record Slot(String name, SlotType type, String prompt, List<String> values) {
        public Slot {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    public enum SlotType { TEXT, NUMBER, DATE, TIME, CHOICE, NAME }
}
