package io.parley.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameSplitterTests {

    @Test
    void arbitraryChunksAtFortyEightKilohertzBecomeExactTwentyMillisecondFramesAtSixteen() {
        short[] audio = TestAudio.tone(700, 1000, 48000, 0.4);
        FrameSplitter splitter = new FrameSplitter(48000);
        Random random = new Random(3);

        List<PcmFrame> frames = new ArrayList<>();
        for (int at = 0; at < audio.length; ) {
            int size = Math.min(audio.length - at, 1 + random.nextInt(1500));
            frames.addAll(splitter.push(java.util.Arrays.copyOfRange(audio, at, at + size)));
            at += size;
        }

        assertThat(frames).hasSize(50); // one second, nothing held back
        assertThat(frames).allSatisfy(f -> {
            assertThat(f.samples()).hasSize(320);
            assertThat(f.sampleRate()).isEqualTo(16000);
        });
        short[] joined = Pcm16.concat(frames.stream().map(PcmFrame::samples).toList());
        short[] reference = Resampler.of(48000, 16000).process(audio);
        assertThat(joined).containsExactly(java.util.Arrays.copyOf(reference, joined.length));
    }

    @Test
    void telephoneMuLawChunksOfTwentyMillisecondsYieldOneFrameEach() {
        FrameSplitter splitter = new FrameSplitter(8000);
        short[] chunk = G711.decodeUlaw(G711.encodeUlaw(TestAudio.tone(400, 20, 8000, 0.3)));

        int frames = 0;
        for (int i = 0; i < 50; i++) {
            frames += splitter.push(chunk).size();
        }

        assertThat(frames).isBetween(49, 50);
        assertThat(splitter.pendingSamples()).isLessThan(320);
    }
}
