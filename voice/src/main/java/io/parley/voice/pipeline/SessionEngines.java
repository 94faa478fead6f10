package io.parley.voice.pipeline;

import dev.langchain4j.model.chat.StreamingChatModel;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.vad.VoiceActivityDetector;

import java.util.List;
import java.util.Objects;

/**
 * The engines one call runs on, each with an ordered list of fallbacks. The session owns none of them (they are
 * shared across calls and closed by whoever created them).
 *
 * @param vad  speech detection
 * @param stt  speech recognisers, primary first
 * @param llm  reply models, primary first
 * @param tts  voices, primary first (e.g. espeak-ng, then flite)
 * @param llmNames names shown in events for {@code llm}, same order (chat models carry no name of their own)
 */
public record SessionEngines(VoiceActivityDetector vad, List<SpeechToText> stt, List<StreamingChatModel> llm,
                             List<TextToSpeech> tts, List<String> llmNames) {

    public SessionEngines {
        Objects.requireNonNull(vad, "vad");
        stt = List.copyOf(stt);
        llm = List.copyOf(llm);
        tts = List.copyOf(tts);
        if (stt.isEmpty() || llm.isEmpty() || tts.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one STT, LLM and TTS engine");
        }
        llmNames = llmNames == null || llmNames.size() != llm.size()
                ? java.util.stream.IntStream.range(0, llm.size()).mapToObj(i -> "llm-" + i).toList()
                : List.copyOf(llmNames);
    }

    /** One engine per stage, no fallbacks. */
    public static SessionEngines of(VoiceActivityDetector vad, SpeechToText stt, StreamingChatModel llm,
                                    TextToSpeech tts) {
        return new SessionEngines(vad, List.of(stt), List.of(llm), List.of(tts), List.of("llm"));
    }
}
