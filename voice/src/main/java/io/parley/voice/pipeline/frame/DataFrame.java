package io.parley.voice.pipeline.frame;

import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingHandle;

import java.util.List;

/**
 * Ordered frames: caller audio, engine results, agent audio. Every engine result carries the id of the turn
 * (or utterance) it belongs to and the attempt that produced it, so results of a cancelled turn or a superseded
 * retry are recognised and dropped.
 */
public sealed interface DataFrame extends Frame {

    /** 20 ms of caller audio, 16 kHz mono. */
    record AudioIn(short[] pcm) implements DataFrame { }

    /** Paced agent audio leaving the session, at the TTS engine's rate. */
    record AudioOut(long turnId, short[] pcm, int sampleRate) implements DataFrame { }

    record UserStartedSpeaking(long utteranceId) implements DataFrame { }

    /** @param speechEndNanos when the caller's voice actually stopped (before the end-of-turn silence) */
    record UserStoppedSpeaking(long utteranceId, long speechEndNanos) implements DataFrame { }

    record TranscriptionPartial(long utteranceId, int attempt, String text) implements DataFrame { }

    record TranscriptionFinal(long utteranceId, int attempt, String text, double confidence) implements DataFrame { }

    /** The turn detector decided the caller is done. */
    record EndOfTurn(long utteranceId, long speechEndNanos) implements DataFrame { }

    record LlmTextChunk(long turnId, int attempt, String text) implements DataFrame { }

    /** The provider's cancel handle for a running stream, delivered with its first token. */
    record LlmStreamStarted(long turnId, int attempt, StreamingHandle handle) implements DataFrame { }

    record LlmToolCall(long turnId, int attempt, String name, String arguments) implements DataFrame { }

    record LlmCompleted(long turnId, int attempt, ChatResponse response) implements DataFrame { }

    /** @param sentence the sentence's position in the turn */
    record TtsAudio(long turnId, int sentence, int attempt, short[] pcm, int sampleRate) implements DataFrame { }

    record TtsDone(long turnId, int sentence, int attempt) implements DataFrame { }

    /** An engine failed; {@code id} is the turn id (LLM, TTS) or utterance id (STT). */
    record EngineFailed(Stage stage, long id, int attempt, String engine, Throwable error) implements DataFrame { }

    /** A tool the reply asked for has finished (or failed, with a spoken fallback as its result). */
    record ToolResults(long turnId, int attempt, List<ToolExecutionResultMessage> results) implements DataFrame { }

    /** Which engine stage a frame concerns. */
    enum Stage { STT, LLM, TTS, TOOL }
}
