package io.parley.voice.simulator;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Knows when a real engine is working (a synthesis running, a final transcript or a reply outstanding). In fast
 * mode the simulator lets simulated time follow the wall clock while anything is busy, so engine latency shows in
 * the timeline as it would on a call, and skips ahead only while everyone waits on the caller.
 */
final class EngineActivity {

    private final AtomicInteger busy = new AtomicInteger();

    boolean busy() {
        return busy.get() > 0;
    }

    private Runnable begin() {
        busy.incrementAndGet();
        AtomicBoolean ended = new AtomicBoolean();
        return () -> {
            if (ended.compareAndSet(false, true)) {
                busy.decrementAndGet();
            }
        };
    }

    TextToSpeech track(TextToSpeech tts) {
        return new TextToSpeech() {
            public String name() { return tts.name(); }
            public int sampleRate() { return tts.sampleRate(); }
            public TtsJob synthesize(String text, String voice, TtsListener listener) {
                Runnable end = begin();
                TtsJob job = tts.synthesize(text, voice, new TtsListener() {
                    public void audio(short[] pcm) { listener.audio(pcm); }
                    public void done() { listener.done(); end.run(); }
                    public void error(Throwable error) { listener.error(error); end.run(); }
                });
                return () -> { job.cancel(); end.run(); };
            }
            public void close() { tts.close(); }
        };
    }

    /**
     * A recogniser counts as working from the moment its stream opens until its final result: it decodes the
     * caller's audio as it arrives, so its partials and final come when they would on a live call.
     */
    SpeechToText track(SpeechToText stt) {
        return new SpeechToText() {
            public String name() { return stt.name(); }
            public SttStream open(SttRequest request, SttListener listener) {
                Runnable end = begin();
                SttStream stream = stt.open(request, new SttListener() {
                    public void partial(String text) { listener.partial(text); }
                    public void fin(String text, double confidence) { listener.fin(text, confidence); end.run(); }
                    public void error(Throwable error) { listener.error(error); end.run(); }
                });
                return new SttStream() {
                    public void accept(short[] pcm) { stream.accept(pcm); }
                    public void finish() { stream.finish(); }
                    public void close() { stream.close(); end.run(); }
                };
            }
            public void close() { stt.close(); }
        };
    }

    StreamingChatModel track(StreamingChatModel model) {
        return new StreamingChatModel() {
            @Override
            public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
                Runnable end = begin();
                model.chat(request, new StreamingChatResponseHandler() {
                    public void onPartialResponse(String text) { handler.onPartialResponse(text); }
                    public void onPartialResponse(PartialResponse p, PartialResponseContext c) {
                        handler.onPartialResponse(p, c == null ? null : new PartialResponseContext(new StreamingHandle() {
                            public void cancel() { c.streamingHandle().cancel(); end.run(); }
                            public boolean isCancelled() { return c.streamingHandle().isCancelled(); }
                        }));
                    }
                    public void onCompleteToolCall(CompleteToolCall call) { handler.onCompleteToolCall(call); }
                    public void onCompleteResponse(ChatResponse r) { handler.onCompleteResponse(r); end.run(); }
                    public void onError(Throwable e) { handler.onError(e); end.run(); }
                });
            }
        };
    }
}
