package io.parley.app.media.kurento;

import tools.jackson.databind.JsonNode;

/**
 * One {@code onEvent} notification from a KMS: {@code params.value.{object,type,data}}.
 *
 * @param object the id of the media object that raised it
 * @param type   e.g. {@code IceCandidateFound}, {@code Error}
 * @param data   the event payload (its {@code timestampMillis} is a string)
 */
public record KmsEvent(String object, String type, JsonNode data) {
}
