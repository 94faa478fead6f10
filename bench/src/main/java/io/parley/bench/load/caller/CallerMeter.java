package io.parley.bench.load.caller;

import java.util.ArrayList;
import java.util.List;

/**
 * What one caller measures from its own side of the line, from what it sent and when, and what it received and
 * when: voice-to-voice latency (end of its speech to the first agent audio), barge-in reaction (start of its
 * interruption to the end of the agent's last audio before it fell silent), dead-air gaps, gaps in the agent's audio
 * stream, and how punctually it sent its own frames. Times are {@link System#nanoTime()} instants; results are
 * milliseconds.
 *
 * <p>Pure bookkeeping, no I/O, so scripted event streams can drive it in tests. Not thread-safe: the caller
 * serialises every call.
 */
public final class CallerMeter {

    /** What the caller's audio was. */
    public enum Speech { TURN, BACKCHANNEL, NOISE, INTERRUPT }

    /**
     * @param deadAirTimeoutMs  the deployment's dead-air timeout: a silence this long while waiting is a failure
     * @param outputSampleRate  rate of the agent audio received (PCM16 mono), to know each chunk's duration
     * @param streamGapMs       a pause in the agent's audio within one reply longer than this is a stream gap
     * @param stopGapMs         the agent's audio counts as stopped after this long without a chunk
     * @param bargeInWindowMs   an interruption the agent has not yielded to within this long is missed
     * @param replyTimeoutMs    a turn with no agent audio within this long got no reply
     */
    public record Config(int deadAirTimeoutMs, int outputSampleRate, int streamGapMs, int stopGapMs,
                         int bargeInWindowMs, int replyTimeoutMs) {

        public static Config forDeadAir(int deadAirTimeoutMs) {
            return new Config(deadAirTimeoutMs, 16_000, 60, 250, 4_000, Math.max(20_000, deadAirTimeoutMs * 3));
        }

        public Config withStreamGapMs(int gapMs) {
            return new Config(deadAirTimeoutMs, outputSampleRate, gapMs, stopGapMs, bargeInWindowMs, replyTimeoutMs);
        }
    }

    private static final long LATE_SEND_NANOS = 20_000_000L;

    private final Config config;
    final List<Double> voiceToVoiceMs = new ArrayList<>();
    final List<Double> bargeInReactionMs = new ArrayList<>();
    final List<Double> deadAirGapsMs = new ArrayList<>();
    final List<Double> streamGapsMs = new ArrayList<>();
    int bargeInsAttempted;
    int bargeInsMissed;
    int talkedOver;
    int noReply;
    long framesSent;
    long framesLateSent;
    long framesDropped;
    long chunksReceived;
    double maxSendLatenessMs;

    private long lastChunkAt = -1;
    private long lastChunkEnd = -1;
    private boolean boundary = true;
    private long awaitingSince = -1;
    private boolean audibleAtSpeechEnd;
    private boolean continuedOver;
    private long bargeInStart = -1;
    private boolean interruptedSeen;

    public CallerMeter(Config config) {
        this.config = config;
    }

    public void speechStarted(long at, Speech kind) {
        if (kind == Speech.INTERRUPT && agentAudible(at)) {
            bargeInStart = at;
            interruptedSeen = false;
            bargeInsAttempted++;
        }
    }

    /** The last frame of the caller's speech left at {@code at}; turns and interruptions expect a reply. */
    public void speechEnded(long at, Speech kind) {
        if (kind == Speech.TURN || kind == Speech.INTERRUPT) {
            awaitingSince = at;
            audibleAtSpeechEnd = agentAudible(at);
            continuedOver = false;
        }
    }

    public void agentAudio(long at, int bytes) {
        settleBargeIn(at);
        double gapMs = lastChunkAt < 0 ? -1 : Math.max(0, (at - lastChunkEnd) / 1e6);
        if (awaitingSince >= 0) {
            if (audibleAtSpeechEnd && gapMs >= 0 && gapMs < config.stopGapMs()) {
                continuedOver = true; // the agent never stopped: this is not a reply to what the caller said
            } else {
                if (continuedOver) {
                    talkedOver++;
                } else {
                    double waited = (at - awaitingSince) / 1e6;
                    voiceToVoiceMs.add(waited);
                    deadAirGapsMs.add(waited);
                }
                awaitingSince = -1;
            }
        } else if (gapMs > config.streamGapMs() && !boundary) {
            streamGapsMs.add(gapMs);
            deadAirGapsMs.add(gapMs);
        }
        chunksReceived++;
        lastChunkAt = at;
        lastChunkEnd = at + (long) (bytes / 2 * 1e9 / config.outputSampleRate());
        boundary = false;
    }

    /** An {@code interruption} event with its outcome ({@code INTERRUPTED}, {@code IGNORED}, {@code RESUMED}). */
    public void interruption(long at, String outcome) {
        if ("INTERRUPTED".equals(outcome)) {
            interruptedSeen = bargeInStart >= 0 || interruptedSeen;
            boundary = true;
        } else if ("RESUMED".equals(outcome)) {
            boundary = true;
        }
        settleBargeIn(at);
    }

    /** The agent changed state: a reply ends (LISTENING) or a new one is being prepared (THINKING). */
    public void agentState(String state) {
        if (!"SPEAKING".equals(state)) {
            boundary = true;
        }
    }

    /** Called every frame period: closes barge-ins whose audio stopped and turns that never got a reply. */
    public void tick(long now) {
        settleBargeIn(now);
        if (awaitingSince >= 0 && now - awaitingSince > config.replyTimeoutMs() * 1_000_000L) {
            noReply++;
            deadAirGapsMs.add((now - awaitingSince) / 1e6);
            awaitingSince = -1;
        }
    }

    public void frameSent(long scheduledAt, long sentAt) {
        framesSent++;
        long late = sentAt - scheduledAt;
        if (late > LATE_SEND_NANOS) {
            framesLateSent++;
        }
        maxSendLatenessMs = Math.max(maxSendLatenessMs, late / 1e6);
    }

    public void frameDropped() {
        framesDropped++;
    }

    /** The transport dropped: what was pending cannot be judged any more. */
    public void disconnected() {
        awaitingSince = -1;
        bargeInStart = -1;
        lastChunkAt = -1;
        lastChunkEnd = -1;
        boundary = true;
    }

    /** True while agent audio is playing (the last chunk has not finished, give or take the stop gap). */
    public boolean agentAudible(long now) {
        return lastChunkAt >= 0 && now - lastChunkEnd < config.stopGapMs() * 1_000_000L;
    }

    /** Milliseconds since the agent's last audio finished, or -1 before any. */
    public double msSinceAgentAudio(long now) {
        return lastChunkAt < 0 ? -1 : Math.max(0, (now - lastChunkEnd) / 1e6);
    }

    public boolean awaitingReply() {
        return awaitingSince >= 0;
    }

    private void settleBargeIn(long now) {
        if (bargeInStart < 0) {
            return;
        }
        boolean stopped = lastChunkAt >= 0 && now - lastChunkEnd >= config.stopGapMs() * 1_000_000L;
        if (stopped && interruptedSeen) {
            bargeInReactionMs.add(Math.max(0, (lastChunkEnd - bargeInStart) / 1e6));
            bargeInStart = -1;
        } else if (now - bargeInStart > config.bargeInWindowMs() * 1_000_000L) {
            bargeInsMissed++;
            bargeInStart = -1;
        }
    }

    public Config config() {
        return config;
    }

    /** A copy of what was measured, for the step's totals. */
    public CallerMeasurements snapshot() {
        return new CallerMeasurements(List.copyOf(voiceToVoiceMs), List.copyOf(bargeInReactionMs),
                List.copyOf(deadAirGapsMs), List.copyOf(streamGapsMs), bargeInsAttempted, bargeInsMissed, talkedOver,
                noReply, framesSent, framesLateSent, framesDropped, chunksReceived, maxSendLatenessMs);
    }
}
