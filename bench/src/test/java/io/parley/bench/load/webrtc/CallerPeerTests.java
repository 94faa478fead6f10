package io.parley.bench.load.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bench.load.caller.RtpCounters;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two caller peers call each other over loopback (real libwebrtc: ICE, DTLS-SRTP, Opus): what one pushes, the other
 * plays out, and the statistics count the packets.
 */
class CallerPeerTests {

    @Test
    @Timeout(60)
    void aToneOneCallerPushesIsHeardByTheOtherAndCountedInItsRtpStatistics() throws Exception {
        AtomicInteger audibleBlocks = new AtomicInteger();
        AtomicInteger playedBlocks = new AtomicInteger();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        try (PeerPair pair = PeerPair.connect((data, rate, channels, frames) -> {
            playedBlocks.incrementAndGet();
            if (PeerAudio.rms(data, channels, frames) >= PeerAudio.AUDIBLE_RMS) {
                audibleBlocks.incrementAndGet();
            }
        }, Duration.ofSeconds(20))) {
            CallerPeer offerer = pair.speaker();
            CallerPeer answerer = pair.listener();
            assertThat(offerer.mediaFlowing()).as("media flowing both ways").isTrue();
            assertThat(offerer.push(new byte[640])).isTrue();

            byte[] tone = PeerPair.toneFrame(440);
            AtomicInteger frames = new AtomicInteger();
            // One second of line silence, then one second of a 440 Hz tone, then silence: 20 ms at a time.
            pacer.scheduleAtFixedRate(() -> {
                int i = frames.getAndIncrement();
                offerer.push(i >= 50 && i < 100 ? tone : new byte[640]);
            }, 0, 20, TimeUnit.MILLISECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (frames.get() < 150 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            pacer.shutdownNow();

            assertThat(playedBlocks.get()).as("10 ms blocks played out").isGreaterThan(100);
            // About 100 audible 10 ms blocks: the codec's and jitter buffer's edges may add or take a few.
            assertThat(audibleBlocks.get()).as("audible 10 ms blocks heard").isBetween(80, 120);
            RtpCounters sent = offerer.stats().get(5, TimeUnit.SECONDS);
            RtpCounters received = answerer.stats().get(5, TimeUnit.SECONDS);
            assertThat(sent.packetsSent()).isPositive();
            assertThat(received.packetsReceived()).isPositive();
            assertThat(received.packetsLostInbound()).isZero();
            assertThat(received.totalSamplesReceived()).isPositive();
        } finally {
            pacer.shutdownNow();
        }
    }
}
