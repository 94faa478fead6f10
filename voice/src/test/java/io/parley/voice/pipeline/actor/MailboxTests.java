package io.parley.voice.pipeline.actor;

import io.parley.voice.pipeline.frame.DataFrame;
import io.parley.voice.pipeline.frame.SystemFrame;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxTests {

    @Test
    void systemFramesSkipQueuedAudio() throws InterruptedException {
        Mailbox box = new Mailbox(8);
        box.offer(new DataFrame.AudioIn(new short[320]));
        box.offer(new DataFrame.AudioIn(new short[320]));
        box.offer(new SystemFrame.Interruption("stop"));
        assertThat(box.take()).isInstanceOf(SystemFrame.Interruption.class);
        assertThat(box.take()).isInstanceOf(DataFrame.AudioIn.class);
    }

    @Test
    void theDataLaneIsBoundedAndCountsWhatItDrops() {
        Mailbox box = new Mailbox(2);
        assertThat(box.offer(new DataFrame.AudioIn(new short[1]))).isTrue();
        assertThat(box.offer(new DataFrame.AudioIn(new short[1]))).isTrue();
        assertThat(box.offer(new DataFrame.AudioIn(new short[1]))).isFalse();
        assertThat(box.put(new DataFrame.AudioIn(new short[1]), Duration.ofMillis(10))).isFalse();
        assertThat(box.offer(new SystemFrame.Cancel("x"))).isTrue();
        assertThat(box.dropped()).isEqualTo(2);
        assertThat(box.queued()).isEqualTo(2);
    }

    @Test
    void theOwnerPostingToItselfNeverBlocksOnAFullQueue() throws Exception {
        Mailbox box = new Mailbox(1);
        box.offer(new DataFrame.AudioIn(new short[1]));
        Thread owner = Thread.ofVirtual().unstarted(() -> {
            for (int i = 0; i < 100; i++) {
                box.put(new DataFrame.TtsDone(1, i, 1), Duration.ofSeconds(10));
            }
        });
        box.bindOwner(owner);
        owner.start();
        assertThat(owner.join(Duration.ofSeconds(5))).isTrue();
        int taken = 0;
        while (box.queued() > 0 || taken < 101) {
            box.take();
            taken++;
            if (taken == 101) {
                break;
            }
        }
        assertThat(taken).isEqualTo(101);
    }
}
