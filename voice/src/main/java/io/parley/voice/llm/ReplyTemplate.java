package io.parley.voice.llm;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Fills {slot} and {tool.field} placeholders of a flow reply. */
final class ReplyTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private ReplyTemplate() {
    }

    static String render(String template, Map<String, SlotValue> slots, JsonNode toolResult) {
        if (template == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), slots, toolResult)));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static String value(String name, Map<String, SlotValue> slots, JsonNode toolResult) {
        if (name.startsWith("tool.")) {
            JsonNode node = toolResult == null ? null : toolResult.at("/" + name.substring(5).replace('.', '/'));
            return node == null || node.isMissingNode() || node.isNull() ? "" : node.asString();
        }
        SlotValue slot = slots.get(name);
        return slot == null ? "" : slot.spoken();
    }
}
