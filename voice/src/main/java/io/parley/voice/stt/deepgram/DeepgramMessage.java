package io.parley.voice.stt.deepgram;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server messages of Deepgram's live API that matter to a stream: {@code Results} (a transcript of the audio so
 * far, interim or final), {@code Metadata} (sent once the service has flushed everything before closing) and
 * errors. {@code SpeechStarted} and {@code UtteranceEnd} carry nothing a stream needs and read as {@link Other}.
 */
sealed interface DeepgramMessage {

    JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param isFinal      this stretch of audio will not be transcribed again
     * @param speechFinal  the service's endpointing heard the speaker stop
     * @param fromFinalize the answer to a {@code Finalize} message
     */
    record Results(String transcript, double confidence, boolean isFinal, boolean speechFinal, boolean fromFinalize)
            implements DeepgramMessage { }

    record Metadata(String requestId) implements DeepgramMessage { }

    record Error(String description) implements DeepgramMessage { }

    record Other(String type) implements DeepgramMessage { }

    /** @throws IllegalArgumentException when {@code text} is not a JSON object with a type */
    static DeepgramMessage parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Deepgram sent a message that is not JSON: " + abbreviate(text), e);
        }
        if (node == null || !node.isObject() || !node.path("type").isString()) {
            throw new IllegalArgumentException("Deepgram sent a message without a type: " + abbreviate(text));
        }
        String type = node.path("type").asString();
        return switch (type) {
            case "Results" -> {
                JsonNode alternative = node.path("channel").path("alternatives").path(0);
                double confidence = alternative.path("confidence").isNumber()
                        ? alternative.path("confidence").asDouble() : Double.NaN;
                yield new Results(alternative.path("transcript").asString(""), confidence,
                        node.path("is_final").asBoolean(false), node.path("speech_final").asBoolean(false),
                        node.path("from_finalize").asBoolean(false));
            }
            case "Metadata" -> new Metadata(node.path("request_id").asString(""));
            case "Error" -> new Error(node.path("description").asString(node.path("message").asString("unknown error")));
            default -> new Other(type);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }
}
