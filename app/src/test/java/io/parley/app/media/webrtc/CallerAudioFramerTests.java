package io.parley.app.media.webrtc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.voice.audio.PcmFrame;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerAudioFramerTests {

    @Test
    void turnsTenMillisecondStereoBlocksAt48KhzIntoTwentyMillisecondMonoFramesAt16Khz() {
        CallerAudioFramer framer = new CallerAudioFramer();
        List<PcmFrame> frames = new ArrayList<>();

        for (int block = 0; block < 100; block++) {
            short[] mono = StreamResamplerTests.tone(440, 48_000, block * 480, 480);
            framer.accept(stereo(mono), 16, 48_000, 2, 480, frames::add);
        }

        assertThat(frames).hasSizeBetween(49, 50).allSatisfy(frame -> {
            assertThat(frame.sampleRate()).isEqualTo(16_000);
            assertThat(frame.samples()).hasSize(320);
        });
        short[] all = new short[frames.size() * 320];
        for (int i = 0; i < frames.size(); i++) {
            System.arraycopy(frames.get(i).samples(), 0, all, i * 320, 320);
        }
        assertThat(StreamResamplerTests.dominantFrequency(all, 16_000)).isCloseTo(440.0, within(6.0));
    }

    @Test
    void ignoresBlocksItCannotRead() {
        CallerAudioFramer framer = new CallerAudioFramer();
        List<PcmFrame> frames = new ArrayList<>();

        framer.accept(new byte[10], 16, 48_000, 1, 480, frames::add);
        framer.accept(new byte[960], 8, 48_000, 1, 480, frames::add);

        assertThat(frames).isEmpty();
    }

    private static byte[] stereo(short[] mono) {
        ByteBuffer bytes = ByteBuffer.allocate(mono.length * 4).order(ByteOrder.nativeOrder());
        for (short sample : mono) {
            bytes.putShort(sample).putShort(sample);
        }
        return bytes.array();
    }
}
