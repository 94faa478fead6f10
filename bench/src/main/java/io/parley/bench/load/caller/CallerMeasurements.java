package io.parley.bench.load.caller;

import java.util.List;

/** One caller's measurements (see {@link CallerMeter}); latencies in milliseconds. */
public record CallerMeasurements(List<Double> voiceToVoiceMs, List<Double> bargeInReactionMs,
                                 List<Double> deadAirGapsMs, List<Double> streamGapsMs, int bargeInsAttempted,
                                 int bargeInsMissed, int talkedOver, int noReply, long framesSent, long framesLateSent,
                                 long framesDropped, long chunksReceived, double maxSendLatenessMs) {
}
