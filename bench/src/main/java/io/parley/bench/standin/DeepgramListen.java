package io.parley.bench.standin;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One {@code /v1/listen} connection of the {@link DeepgramStandin}: tells speech from silence in 20 ms windows of
 * the audio it receives, and answers with the script's phrase for each utterance on Deepgram's schedule. Reader
 * thread for input; results go out in order from the connection's {@link TimedSender}.
 */
final class DeepgramListen implements WebSocketServer.Handler {

    private static final String GARBAGE = "blorf quandle mizzen";

    private final DeepgramStandin owner;
    private final Fault fault;
    private final SplittableRandom random;
    private final String requestId = UUID.randomUUID().toString();
    private final int windowSamples;
    private final int sampleRate;
    private final int endpointingMs;
    private final boolean interims;
    private final double slow;
    private final TimedSender sender = new TimedSender("standin-stt-send");
    private WebSocketConnection connection;

    private short[] window;
    private int windowFill;
    private long audioMs;
    /** The utterance being heard: its phrase, or null between utterances. */
    private String phrase;
    private long speechMs;
    private long silenceMs;
    private long utteranceStartMs;
    private long lastInterimSpeechMs;
    private int carry = -1;
    /** Results are sent in order: nothing goes out before this instant. */
    private long nextSendNanos;
    private boolean closing;

    DeepgramListen(DeepgramStandin owner, Map<String, String> query, Fault fault, SplittableRandom random) {
        this.owner = owner;
        this.fault = fault;
        this.random = random;
        this.sampleRate = Integer.parseInt(query.get("sample_rate"));
        this.windowSamples = sampleRate / 50;
        this.window = new short[windowSamples];
        String endpointing = query.getOrDefault("endpointing", "10");
        this.endpointingMs = "false".equals(endpointing) ? -1 : Integer.parseInt(endpointing);
        this.interims = "true".equals(query.get("interim_results"));
        this.slow = fault == Fault.SLOW ? owner.config().faults().slowFactor() : 1;
    }

    @Override
    public void onOpen(WebSocketConnection opened) {
        this.connection = opened;
    }

    @Override
    public synchronized void onBinary(byte[] data) {
        if (closing) {
            return;
        }
        if (fault == Fault.ERROR) {
            closing = true;
            connection.close(1011, "NET-0000: the stand-in failed this stream on purpose");
            return;
        }
        for (byte b : data) {
            if (carry < 0) {
                carry = b & 0xff;
                continue;
            }
            window[windowFill++] = (short) (carry | b << 8);
            carry = -1;
            if (windowFill == windowSamples) {
                onWindow(rms(window));
                windowFill = 0;
            }
        }
    }

    private void onWindow(double rms) {
        audioMs += 20;
        boolean loud = rms > owner.config().speechLevel();
        if (loud) {
            if (phrase == null) {
                phrase = owner.nextPhrase();
                speechMs = 0;
                lastInterimSpeechMs = 0;
                utteranceStartMs = audioMs - 20;
            }
            speechMs += 20;
            silenceMs = 0;
            if (interims && speechMs - lastInterimSpeechMs >= owner.config().interimEvery().toMillis()) {
                lastInterimSpeechMs = speechMs;
                send(results(revealed(), false, false, false), 0);
            }
        } else if (phrase != null) {
            silenceMs += 20;
            if (endpointingMs >= 0 && silenceMs >= endpointingMs) {
                finalResult(false);
            }
        }
    }

    @Override
    public synchronized void onText(String text) {
        if (closing) {
            return;
        }
        String type = text.replaceAll("\\s", "");
        if (type.contains("\"type\":\"Finalize\"")) {
            if (phrase != null) {
                finalResult(true);
            } else {
                send(results("", true, false, true), delay());
            }
        } else if (type.contains("\"type\":\"CloseStream\"")) {
            if (fault == Fault.HANG) {
                return; // a hung service does not close either: the idle timeout ends the socket
            }
            if (phrase != null) {
                finalResult(false);
            }
            closing = true;
            String metadata = "{\"type\":\"Metadata\",\"transaction_key\":\"deprecated\",\"request_id\":\""
                    + requestId + "\",\"sha256\":\"\",\"created\":\"" + java.time.Instant.now() + "\",\"duration\":"
                    + audioMs / 1000.0 + ",\"channels\":1,\"models\":[\"stand-in\"],\"model_info\":{}}";
            schedule(() -> {
                connection.text(metadata);
                connection.close(1000, "");
                sender.stop();
            }, 0);
        } else if (!type.contains("\"type\":\"KeepAlive\"")) {
            closing = true;
            connection.close(1008, "DATA-0000: the stand-in does not understand " + abbreviate(text));
        }
    }

    /** The utterance is over (endpointing, Finalize or CloseStream): its final result after the engine latency. */
    private void finalResult(boolean fromFinalize) {
        String transcript = switch (fault) {
            case EMPTY -> "";
            case GARBAGE -> GARBAGE;
            default -> phrase;
        };
        phrase = null;
        send(results(transcript, true, !fromFinalize, fromFinalize), delay());
    }

    private long delay() {
        long nanos = owner.config().finalLatency().drawNanos(random, slow);
        owner.statsSink().delayed(nanos);
        return nanos;
    }

    private void send(String message, long delayNanos) {
        if (fault == Fault.HANG) {
            return;
        }
        boolean awaited = message.contains("\"is_final\":true");
        schedule(() -> {
            if (connection.text(message) && awaited) {
                owner.statsSink().responded();
            }
        }, delayNanos);
    }

    /** Runs {@code task} after {@code delayNanos}, never before anything scheduled earlier on this connection. */
    private void schedule(Runnable task, long delayNanos) {
        long at = Math.max(System.nanoTime() + delayNanos, nextSendNanos);
        nextSendNanos = at;
        sender.at(at, task);
    }

    private String revealed() {
        String[] words = phrase.split(" ");
        int shown = (int) Math.clamp(speechMs / Math.max(1, owner.config().interimEvery().toMillis()), 1,
                Math.max(1, words.length - 1));
        return String.join(" ", Arrays.copyOf(words, shown));
    }

    private String results(String transcript, boolean isFinal, boolean speechFinal, boolean fromFinalize) {
        double confidence = transcript.isEmpty() ? 0 : fault == Fault.GARBAGE ? 0.05 : 0.97;
        double start = utteranceStartMs / 1000.0;
        double duration = Math.max(0, audioMs - utteranceStartMs) / 1000.0;
        return "{\"type\":\"Results\",\"channel_index\":[0,1],\"duration\":" + duration + ",\"start\":" + start
                + ",\"is_final\":" + isFinal + ",\"speech_final\":" + speechFinal + ",\"from_finalize\":" + fromFinalize
                + ",\"channel\":{\"alternatives\":[{\"transcript\":" + Json.quote(transcript) + ",\"confidence\":"
                + confidence + ",\"words\":[]}]},\"metadata\":{\"request_id\":\"" + requestId
                + "\",\"model_info\":{\"name\":\"stand-in\",\"version\":\"0\",\"arch\":\"none\"},\"model_uuid\":\""
                + requestId + "\"}}";
    }

    @Override
    public synchronized boolean onIdle() {
        if (!closing) {
            closing = true;
            connection.close(1011, "NET-0001: no audio received within the timeout");
        }
        sender.stop();
        return false;
    }

    @Override
    public void onClosed(int code, String reason) {
        synchronized (this) {
            closing = true;
        }
        sender.stop();
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / samples.length);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
