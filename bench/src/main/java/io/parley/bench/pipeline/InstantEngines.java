package io.parley.bench.pipeline;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.parley.voice.pipeline.SessionEngines;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.TtsListener;
import io.parley.voice.vad.VadStream;
import io.parley.voice.vad.VoiceActivityDetector;

import java.util.List;

/**
 * Engines that answer at once, with no work of their own, so a benchmark measures only what the pipeline adds:
 * mailbox hand-offs, turn detection, the reply stream, sentence handling, pacing and events.
 */
final class InstantEngines {

    private static final String[] REPLY = {"Sure", ", a table", " for two", " at eight.", " Anything", " else?"};

    private InstantEngines() {
    }

    static SessionEngines create(int ttsRate) {
        short[] audio = new short[ttsRate / 2];
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (short) (3000 * Math.sin(i * 0.05));
        }
        return SessionEngines.of(vad(), stt(), llm(), tts(ttsRate, audio));
    }

    /** Frames whose first sample is non-zero are speech: scoring costs nothing. */
    static VoiceActivityDetector vad() {
        return new VoiceActivityDetector() {
            public String name() { return "instant"; }
            public VadStream open() { return frame -> frame[0] != 0 ? 1f : 0f; }
        };
    }

    static SpeechToText stt() {
        return new SpeechToText() {
            public String name() { return "instant"; }
            public SttStream open(SttRequest request, SttListener listener) {
                return new SttStream() {
                    public void accept(short[] pcm) { }
                    public void finish() { listener.fin("a table for two at eight please", 0.9); }
                    public void close() { }
                };
            }
        };
    }

    static StreamingChatModel llm() {
        return new StreamingChatModel() {
            @Override
            public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
                for (String token : REPLY) {
                    handler.onPartialResponse(token);
                }
                handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(String.join("", REPLY))).build());
            }
        };
    }

    /** Half a second of audio per sentence, delivered in 100 ms chunks. */
    static TextToSpeech tts(int rate, short[] audio) {
        return new TextToSpeech() {
            public String name() { return "instant"; }
            public int sampleRate() { return rate; }
            public io.parley.voice.tts.TtsJob synthesize(String text, String voice, TtsListener listener) {
                int chunk = rate / 10;
                for (int off = 0; off < audio.length; off += chunk) {
                    listener.audio(java.util.Arrays.copyOfRange(audio, off, Math.min(audio.length, off + chunk)));
                }
                listener.done();
                return () -> { };
            }
        };
    }

    static List<String> reply() {
        return List.of(REPLY);
    }
}
