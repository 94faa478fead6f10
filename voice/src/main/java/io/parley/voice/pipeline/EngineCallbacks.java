package io.parley.voice.pipeline;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.parley.voice.pipeline.frame.DataFrame;
import io.parley.voice.pipeline.frame.DataFrame.Stage;
import io.parley.voice.stt.SttListener;
import io.parley.voice.tts.TtsListener;

/**
 * Engine listeners that only turn callbacks into frames tagged with their turn (or utterance) and attempt. They
 * run on engine threads, so they never touch session state, and they never throw into the engine.
 */
final class EngineCallbacks {

    private EngineCallbacks() {
    }

    static StreamingChatResponseHandler llm(SessionContext ctx, long turnId, int attempt, String engine) {
        return new StreamingChatResponseHandler() {
            private boolean handleSent;

            @Override
            public void onPartialResponse(String text) {
                ctx.fromEngine(new DataFrame.LlmTextChunk(turnId, attempt, text));
            }

            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                if (!handleSent && context != null && context.streamingHandle() != null) {
                    handleSent = true;
                    ctx.fromEngine(new DataFrame.LlmStreamStarted(turnId, attempt, context.streamingHandle()));
                }
                onPartialResponse(partial.text());
            }

            @Override
            public void onCompleteToolCall(CompleteToolCall call) {
                var request = call.toolExecutionRequest();
                ctx.fromEngine(new DataFrame.LlmToolCall(turnId, attempt, request.name(), request.arguments()));
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                ctx.fromEngine(new DataFrame.LlmCompleted(turnId, attempt, response));
            }

            @Override
            public void onError(Throwable error) {
                ctx.fromEngine(new DataFrame.EngineFailed(Stage.LLM, turnId, attempt, engine, error));
            }
        };
    }

    static TtsListener tts(SessionContext ctx, long turnId, int sentence, int attempt, String engine, int rate) {
        return new TtsListener() {
            @Override
            public void audio(short[] pcm) {
                ctx.fromEngine(new DataFrame.TtsAudio(turnId, sentence, attempt, pcm, rate));
            }

            @Override
            public void done() {
                ctx.fromEngine(new DataFrame.TtsDone(turnId, sentence, attempt));
            }

            @Override
            public void error(Throwable error) {
                ctx.fromEngine(new DataFrame.EngineFailed(Stage.TTS, turnId, attempt, engine, error));
            }
        };
    }

    static SttListener stt(SessionContext ctx, long utteranceId, int attempt, String engine) {
        return new SttListener() {
            @Override
            public void partial(String text) {
                ctx.fromEngine(new DataFrame.TranscriptionPartial(utteranceId, attempt, text));
            }

            @Override
            public void fin(String text, double confidence) {
                ctx.fromEngine(new DataFrame.TranscriptionFinal(utteranceId, attempt, text, confidence));
            }

            @Override
            public void error(Throwable error) {
                ctx.fromEngine(new DataFrame.EngineFailed(Stage.STT, utteranceId, attempt, engine, error));
            }
        };
    }
}
