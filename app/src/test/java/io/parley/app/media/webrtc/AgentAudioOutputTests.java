package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.audio.PcmFrame;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class AgentAudioOutputTests {

    @Test
    void cutsAnyRateIntoTenMillisecondBlocksAt48KhzAndSendsSilenceWhenEmpty() {
        AgentAudioOutput output = new AgentAudioOutput(100);

        output.offer(new PcmFrame(StreamResamplerTests.tone(440, 24_000, 0, 480), 24_000)); // 20 ms at 24 kHz

        assertThat(output.queuedBlocks()).isBetween(1, 2);
        byte[] first = output.nextBlock();
        assertThat(first).hasSize(AgentAudioOutput.BLOCK_SAMPLES * 2);
        assertThat(rms(first)).isGreaterThan(3_000);
        while (output.queuedBlocks() > 0) {
            output.nextBlock();
        }
        assertThat(rms(output.nextBlock())).as("silence keeps the stream going").isZero();
    }

    @Test
    void aFlushDropsEverythingQueued() {
        AgentAudioOutput output = new AgentAudioOutput(300);
        for (int i = 0; i < 50; i++) {
            output.offer(new PcmFrame(StreamResamplerTests.tone(440, 16_000, i * 320, 320), 16_000));
        }
        assertThat(output.queuedBlocks()).isGreaterThan(90);

        output.flush();

        assertThat(output.queuedBlocks()).isZero();
        assertThat(rms(output.nextBlock())).isZero();
    }

    @Test
    void theQueueIsBoundedAndCountsWhatItDrops() {
        AgentAudioOutput output = new AgentAudioOutput(10);
        for (int i = 0; i < 20; i++) {
            output.offer(new PcmFrame(new short[480], 48_000));
        }

        assertThat(output.queuedBlocks()).isEqualTo(10);
        assertThat(output.droppedBlocks()).isEqualTo(10);
    }

    private static double rms(byte[] block) {
        ByteBuffer bytes = ByteBuffer.wrap(block).order(ByteOrder.nativeOrder());
        short[] samples = new short[block.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = bytes.getShort(i * 2);
        }
        return Levels.rms(samples);
    }
}
