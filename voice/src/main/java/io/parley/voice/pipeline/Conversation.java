package io.parley.voice.pipeline;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * The context a reply model sees: the agent's instructions and the turns so far, where the agent's side holds
 * only what the caller actually heard. Bounded: the oldest turns fall away first.
 */
final class Conversation {

    private static final int MAX_MESSAGES = 60;

    private final String instructions;
    private final List<ChatMessage> messages = new ArrayList<>();

    Conversation(String instructions) {
        this.instructions = instructions;
    }

    void user(String text) {
        add(UserMessage.from(text));
    }

    /** Text the caller heard; consecutive pieces of one turn are merged. */
    void agentSpoke(String text) {
        if (text.isBlank()) {
            return;
        }
        add(AiMessage.from(text.trim()));
    }

    void add(ChatMessage message) {
        messages.add(message);
        while (messages.size() > MAX_MESSAGES) {
            messages.removeFirst();
        }
    }

    List<ChatMessage> forRequest() {
        List<ChatMessage> all = new ArrayList<>(messages.size() + 1);
        if (!instructions.isBlank()) {
            all.add(SystemMessage.from(instructions));
        }
        all.addAll(messages);
        return all;
    }

    List<ChatMessage> messages() {
        return List.copyOf(messages);
    }
}
