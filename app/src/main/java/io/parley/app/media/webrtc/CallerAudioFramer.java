package io.parley.app.media.webrtc;

import io.parley.voice.audio.PcmFrame;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;

/**
 * Turns the decoded audio WebRTC hands a remote track's sink (10 ms blocks, PCM16 in native byte order, at the
 * rate and channel count the decoder chose) into the session's 20 ms frames of 16 kHz mono. Not thread-safe:
 * WebRTC delivers one track's audio on one playout thread.
 */
final class CallerAudioFramer {

    private static final int FRAME_SAMPLES = PcmFrame.samplesPer(PcmFrame.FRAME_MS, PcmFrame.ENGINE_RATE);

    private final FrameSlicer slicer = new FrameSlicer(FRAME_SAMPLES);
    private StreamResampler resampler;

    void accept(byte[] data, int bitsPerSample, int sampleRate, int channels, int frames,
                Consumer<PcmFrame> sink) {
        if (bitsPerSample != 16 || channels < 1 || frames <= 0 || sampleRate <= 0
                || data.length < frames * channels * 2) {
            return;
        }
        short[] mono = downmix(data, channels, frames);
        if (resampler == null || resampler.inputRate() != sampleRate) {
            resampler = new StreamResampler(sampleRate, PcmFrame.ENGINE_RATE);
        }
        slicer.accept(resampler.process(mono), block -> sink.accept(new PcmFrame(block, PcmFrame.ENGINE_RATE)));
    }

    private static short[] downmix(byte[] data, int channels, int frames) {
        ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.nativeOrder());
        short[] mono = new short[frames];
        for (int frame = 0; frame < frames; frame++) {
            int sum = 0;
            for (int channel = 0; channel < channels; channel++) {
                sum += buffer.getShort((frame * channels + channel) * 2);
            }
            mono[frame] = (short) (sum / channels);
        }
        return mono;
    }
}
