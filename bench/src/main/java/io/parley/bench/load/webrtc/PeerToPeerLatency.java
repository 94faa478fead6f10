package io.parley.bench.load.webrtc;

import io.parley.bench.load.measure.LatencySummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * WebRTC's own share of a call's latency on this machine, without a node: two caller peers call each other over
 * loopback, one pushes a tone after a second and a half of line silence, and the time until the other plays it out
 * audibly is measured, round after round. What a load run's WebRTC latency adds beyond this is Parley's.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -cp <bench classpath> io.parley.bench.load.webrtc.PeerToPeerLatency [rounds]}
 */
public final class PeerToPeerLatency {

    private static final int SILENT_FRAMES = 75;
    private static final int TONE_FRAMES = 25;

    private static volatile long firstAudible = -1;

    private PeerToPeerLatency() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        try (PeerPair pair = PeerPair.connect((data, rate, channels, frames) -> {
            if (firstAudible < 0 && PeerAudio.rms(data, channels, frames) >= PeerAudio.AUDIBLE_RMS) {
                firstAudible = System.nanoTime();
            }
        }, Duration.ofSeconds(20))) {
            CallerPeer speaker = pair.speaker();
            byte[] silence = new byte[640];
            byte[] tone = PeerPair.toneFrame(440);
            List<Double> latencies = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                firstAudible = -1;
                long[] toneStart = {-1};
                int[] frame = {0};
                var ticking = pacer.scheduleAtFixedRate(() -> {
                    int i = frame[0]++;
                    boolean on = i >= SILENT_FRAMES && i < SILENT_FRAMES + TONE_FRAMES;
                    if (on && toneStart[0] < 0) {
                        toneStart[0] = System.nanoTime();
                    }
                    speaker.push(on ? tone : silence);
                }, 0, 20, TimeUnit.MILLISECONDS);
                Thread.sleep((SILENT_FRAMES + TONE_FRAMES + 25) * 20L);
                ticking.cancel(false);
                if (firstAudible > 0 && toneStart[0] > 0) {
                    latencies.add((firstAudible - toneStart[0]) / 1e6);
                }
                System.out.printf("round %d/%d: %s%n", round + 1, rounds, firstAudible > 0
                        ? String.format("%.1f ms", latencies.getLast()) : "not heard");
            }
            LatencySummary summary = LatencySummary.of(latencies);
            System.out.printf("push to audible playout, %d rounds: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    summary.count(), summary.p50(), summary.p95(), summary.max());
        } finally {
            pacer.shutdownNow();
        }
    }
}
