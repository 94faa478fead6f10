package io.parley.app.media.webrtc;

import io.parley.voice.audio.PcmFrame;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;

/**
 * Agent audio on its way to the browser: resampled to 48 kHz mono, cut into the 10 ms blocks WebRTC's encoder
 * takes, and held in a bounded queue that the plane's pacer drains one block per 10 ms. When the queue is empty
 * the pacer sends silence, so the RTP stream stays continuous. A full queue drops the newest audio (the session
 * is meant to pace its output; a burst beyond the bound is a bug upstream, not a reason to grow without limit).
 */
final class AgentAudioOutput {

    static final int RATE = 48_000;
    static final int BLOCK_SAMPLES = RATE / 100;

    private final int capacityBlocks;
    private final ArrayDeque<short[]> queue = new ArrayDeque<>();
    private final FrameSlicer slicer = new FrameSlicer(BLOCK_SAMPLES);
    private final byte[] silence = new byte[BLOCK_SAMPLES * 2];
    private StreamResampler resampler;
    private long droppedBlocks;

    AgentAudioOutput(int capacityBlocks) {
        this.capacityBlocks = capacityBlocks;
    }

    synchronized void offer(PcmFrame frame) {
        if (resampler == null || resampler.inputRate() != frame.sampleRate()) {
            resampler = new StreamResampler(frame.sampleRate(), RATE);
        }
        slicer.accept(resampler.process(frame.samples()), block -> {
            if (queue.size() < capacityBlocks) {
                queue.addLast(block);
            } else {
                droppedBlocks++;
            }
        });
    }

    /** The next 10 ms block as PCM16 bytes in native order, silence when nothing is queued. */
    synchronized byte[] nextBlock() {
        short[] block = queue.pollFirst();
        if (block == null) {
            return silence;
        }
        ByteBuffer bytes = ByteBuffer.allocate(block.length * 2).order(ByteOrder.nativeOrder());
        for (short sample : block) {
            bytes.putShort(sample);
        }
        return bytes.array();
    }

    synchronized void flush() {
        queue.clear();
        slicer.clear();
    }

    synchronized int queuedBlocks() {
        return queue.size();
    }

    synchronized long droppedBlocks() {
        return droppedBlocks;
    }
}
