package io.parley.bench.load.caller;

/**
 * Walks a caller through its {@link CallerScript}, one 20 ms frame at a time: waits for the agent's reply, speaks
 * over it when the script says so, pauses after it, takes the next turn, and decides when to hang up or (once) to
 * drop the line. Reads the agent's audio through the {@link CallerMeter}. Not thread-safe.
 */
final class ScriptRunner {

    enum Action { SPEAK, RECONNECT, HANG_UP }

    private enum Phase { AWAIT_REPLY, REPLYING, PAUSE, SPEAKING_TURN }

    /** The agent's reply is over once its audio has been quiet this long. */
    static final int REPLY_OVER_MS = 700;
    /** The caller's breath before its next turn. */
    static final int PAUSE_MS = 400;

    private final CallerScript script;
    private final CallerMeter meter;
    private final long hangUpAt;
    private Phase phase = Phase.AWAIT_REPLY;
    private long phaseSince = Long.MIN_VALUE;
    private long replyStart;
    private int cursor;
    private Move overlay;
    private Move speaking;
    private int frameIndex;
    private String lastSpoken;
    int overlaysSkipped;

    ScriptRunner(CallerScript script, CallerMeter meter, long hangUpAtNanos) {
        this.script = script;
        this.meter = meter;
        this.hangUpAt = hangUpAtNanos;
    }

    Action step(long now, boolean mayReconnect) {
        if (phaseSince == Long.MIN_VALUE) {
            phaseSince = now; // the greeting is the first reply awaited
        }
        switch (phase) {
            case AWAIT_REPLY -> {
                if (meter.agentAudible(now) && !meter.awaitingReply()) {
                    enter(Phase.REPLYING, now);
                    replyStart = now;
                    overlay = script.move(cursor).overAgent() ? script.move(cursor++) : null;
                } else if (!meter.awaitingReply() && since(now) > meter.config().replyTimeoutMs()) {
                    return afterReply(now, mayReconnect);
                }
            }
            case REPLYING -> {
                if (speaking == null && overlay != null && meter.agentAudible(now)
                        && (now - replyStart) / 1_000_000 >= overlay.atMsIntoReply()) {
                    speaking = overlay;
                    frameIndex = 0;
                    overlay = null;
                } else if (speaking == null && meter.msSinceAgentAudio(now) >= REPLY_OVER_MS) {
                    if (overlay != null) {
                        overlaysSkipped++;
                        overlay = null;
                    }
                    return afterReply(now, mayReconnect);
                }
            }
            case PAUSE -> {
                if (since(now) >= PAUSE_MS) {
                    while (script.move(cursor).overAgent()) {
                        cursor++;
                    }
                    speaking = script.move(cursor++);
                    frameIndex = 0;
                    enter(Phase.SPEAKING_TURN, now);
                }
            }
            case SPEAKING_TURN -> { }
        }
        return Action.SPEAK;
    }

    /** The name of the clip being said, or null. */
    String speakingName() {
        return speaking == null ? lastSpoken : speaking.clip().name();
    }

    /** The next frame of whatever the caller is saying, or null for line silence. */
    byte[] nextFrame(long now) {
        if (speaking == null) {
            return null;
        }
        byte[] frame = speaking.clip().frames().get(frameIndex++);
        if (frameIndex == 1) {
            meter.speechStarted(now, speaking.kind());
        }
        if (frameIndex == speaking.clip().frames().size()) {
            meter.speechEnded(now, speaking.kind());
            CallerMeter.Speech kind = speaking.kind();
            lastSpoken = speaking.clip().name();
            speaking = null;
            if (kind == CallerMeter.Speech.TURN || kind == CallerMeter.Speech.INTERRUPT) {
                enter(Phase.AWAIT_REPLY, now);
            }
        }
        return frame;
    }

    private Action afterReply(long now, boolean mayReconnect) {
        if (now >= hangUpAt) {
            return Action.HANG_UP;
        }
        enter(Phase.PAUSE, now);
        if (mayReconnect && script.loopsBefore(cursor) >= 1) {
            return Action.RECONNECT;
        }
        return Action.SPEAK;
    }

    private void enter(Phase next, long now) {
        phase = next;
        phaseSince = now;
    }

    private long since(long now) {
        return (now - phaseSince) / 1_000_000;
    }
}
