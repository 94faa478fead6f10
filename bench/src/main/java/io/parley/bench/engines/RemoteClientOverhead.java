package io.parley.bench.engines;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.parley.bench.standin.Latency;
import io.parley.bench.standin.StandinStats;
import io.parley.bench.standin.Standins;
import io.parley.voice.agent.AgentConfig;
import io.parley.voice.agent.EngineChoice;
import io.parley.voice.agent.EngineChoices;
import io.parley.voice.engines.RemoteEngineSettings;
import io.parley.voice.engines.RemoteEngines;
import io.parley.voice.stt.SpeechToText;
import io.parley.voice.stt.SttListener;
import io.parley.voice.stt.SttRequest;
import io.parley.voice.stt.SttStream;
import io.parley.voice.stt.deepgram.DeepgramConfig;
import io.parley.voice.tts.TextToSpeech;
import io.parley.voice.tts.TtsJob;
import io.parley.voice.tts.TtsListener;
import io.parley.voice.tts.openai.OpenAiTtsConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What Parley's cloud-engine clients add on top of the engine: for each of the three, the time from the moment the
 * stand-in wrote the awaited answer (STT final, LLM first token, TTS first audio) to the moment the client's
 * listener heard it, in the same JVM. Requests run one at a time against a probe stand-in, optionally while
 * {@code background} other streams loop against a second set of stand-ins on the same shared transport.
 *
 * <pre>
 * java -cp ... io.parley.bench.engines.RemoteClientOverhead [requests=300] [background=0]
 * </pre>
 */
public final class RemoteClientOverhead {

    private static final String SENTENCE = "Your table for two is booked for seven pm.";

    private RemoteClientOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int background = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Standins.Config quick = quick();
        try (Standins probe = Standins.start(quick); Standins load = Standins.start(quick);
             RemoteEngines remote = new RemoteEngines(settings(probe))) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> loaders = new ArrayList<>();
            for (int i = 0; i < background; i++) {
                loaders.add(Thread.ofVirtual().start(() -> loop(remote, load, running)));
            }
            SpeechToText stt = remote.speechToText(EngineChoice.of("deepgram"));
            TextToSpeech tts = remote.textToSpeech(EngineChoice.of("openai"));
            StreamingChatModel llm = remote.chatModel(new AgentConfig("bench", "", "", "en-US", "en-us",
                    Standins.agentEngines(), null), Clock.systemUTC());
            int warmUp = Math.min(50, requests / 5);
            long[] sttNanos = new long[requests];
            long[] ttsNanos = new long[requests];
            long[] llmNanos = new long[requests];
            for (int i = -warmUp; i < requests; i++) {
                long s = sttOnce(stt, probe.stt().stats());
                long t = ttsOnce(tts, probe.tts().stats());
                long l = llmOnce(llm, probe.llm().stats());
                if (i >= 0) {
                    sttNanos[i] = s;
                    ttsNanos[i] = t;
                    llmNanos[i] = l;
                }
            }
            running.set(false);
            for (Thread t : loaders) {
                t.join();
            }
            System.out.printf("client overhead, stand-in write -> listener callback, %d requests, %d background"
                    + " streams (microseconds)%n", requests, background);
            report("stt final (deepgram, WebSocket)", sttNanos);
            report("llm first token (openai chat, SSE)", llmNanos);
            report("tts first audio (openai speech, HTTP)", ttsNanos);
        }
    }

    /** Stand-ins that answer almost at once, so the run measures the clients rather than waiting. */
    private static Standins.Config quick() {
        Standins.Config d = Standins.Config.defaults();
        var llm = d.llm().withFirstToken(Latency.of(5, 0));
        return new Standins.Config(d.stt().withFinalLatency(Latency.of(5, 0)), new io.parley.bench.standin
                .OpenAiChatStandin.Config(0, llm.firstToken(), 2000, llm.replies(), null, llm.faults(), llm.seed()),
                d.tts().withFirstAudio(Latency.of(5, 0)));
    }

    private static RemoteEngineSettings settings(Standins s) {
        return new RemoteEngineSettings(DeepgramConfig.hosted(null).withEndpoint(s.stt().url(), null),
                OpenAiTtsConfig.hosted(null).withEndpoint(s.tts().baseUrl(), null),
                new RemoteEngineSettings.ChatEndpoint(s.llm().baseUrl(), null, null), true);
    }

    private static short[] tone(int ms) {
        short[] pcm = new short[ms * 16];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (8000 * Math.sin(2 * Math.PI * 200 * i / 16_000.0));
        }
        return pcm;
    }

    private static void feed(SttStream stream, short[] pcm) {
        for (int off = 0; off < pcm.length; off += 320) {
            stream.accept(Arrays.copyOfRange(pcm, off, Math.min(pcm.length, off + 320)));
        }
    }

    private static long sttOnce(SpeechToText stt, StandinStats stats) throws Exception {
        CompletableFuture<Long> heard = new CompletableFuture<>();
        SttStream stream = stt.open(new SttRequest("en-US", List.of()), new SttListener() {
            public void partial(String text) { }

            public void fin(String text, double confidence) {
                heard.complete(System.nanoTime());
            }

            public void error(Throwable error) {
                heard.completeExceptionally(error);
            }
        });
        feed(stream, tone(200));
        stream.finish();
        long at = heard.get(10, TimeUnit.SECONDS);
        stream.close();
        return at - stats.lastResponseNanos();
    }

    private static long ttsOnce(TextToSpeech tts, StandinStats stats) throws Exception {
        CompletableFuture<Long> first = new CompletableFuture<>();
        TtsJob job = tts.synthesize(SENTENCE, "alloy", new TtsListener() {
            public void audio(short[] pcm) {
                first.complete(System.nanoTime());
            }

            public void done() {
            }

            public void error(Throwable error) {
                first.completeExceptionally(error);
            }
        });
        long at = first.get(10, TimeUnit.SECONDS);
        long written = stats.lastResponseNanos();
        job.cancel(); // the first audio is what is measured; a barge-in would cancel the same way
        return at - written;
    }

    private static long llmOnce(StreamingChatModel llm, StandinStats stats) throws Exception {
        CompletableFuture<Long> first = new CompletableFuture<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        llm.chat(ChatRequest.builder().messages(UserMessage.from("book a table")).build(),
                new StreamingChatResponseHandler() {
                    public void onPartialResponse(String token) {
                        first.complete(System.nanoTime());
                    }

                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(null);
                    }

                    public void onError(Throwable error) {
                        first.completeExceptionally(error);
                        done.completeExceptionally(error);
                    }
                });
        long at = first.get(10, TimeUnit.SECONDS);
        long written = stats.lastResponseNanos();
        done.get(30, TimeUnit.SECONDS);
        return at - written;
    }

    /** Background traffic: STT streams and TTS requests back to back, on the same transport as the probe. */
    private static void loop(RemoteEngines remote, Standins load, AtomicBoolean running) {
        SpeechToText stt = remote.speechToText(new EngineChoice("deepgram", Map.of("url", load.stt().url().toString())));
        TextToSpeech tts = remote.textToSpeech(new EngineChoice("openai", Map.of("url", load.tts().baseUrl().toString())));
        while (running.get()) {
            try {
                sttOnce(stt, load.stt().stats());
                ttsOnce(tts, load.tts().stats());
            } catch (Exception e) {
                System.err.println("background stream failed: " + e);
            }
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-40s p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f%n", what, at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e3);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e3;
    }
}
