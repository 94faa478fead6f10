package io.parley.voice.stt;

import java.util.List;

/**
 * @param language BCP 47 tag
 * @param hints    words or phrases the agent expects next (slot values, intent examples); engines that support
 *                 biasing weight them up, others ignore them
 */
public record SttRequest(String language, List<String> hints) {

    public SttRequest {
        hints = hints == null ? List.of() : List.copyOf(hints);
    }
}
